/**
 * Kernel: the Danish validation path: UserInputException, Problems and the other exceptions the API answers as
 * problem details.
 */
package dk.nordjylland.governance.validation;
