/**
 * Kernel: the engine clock, Danish dates and working days (the business calendar of the timers).
 */
package dk.nordjylland.governance.calendar;
