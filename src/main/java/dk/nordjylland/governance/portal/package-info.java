/**
 * The meeting portal for readers: forum and meeting pages, the calendar feed, case passports. On top: reads the
 * features.
 */
package dk.nordjylland.governance.portal;
