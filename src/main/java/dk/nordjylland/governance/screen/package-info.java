/**
 * The task screens framework (Thymeleaf + Spring MVC, docs/adr/0033): one screen class per user task, Danish forms
 * without JavaScript. On top: may use any feature.
 */
package dk.nordjylland.governance.screen;
