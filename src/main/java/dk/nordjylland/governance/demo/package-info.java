/**
 * Demo data for the demo profile: meetings, items and a pre-meeting to click through. On top: may use anything.
 */
package dk.nordjylland.governance.demo;
