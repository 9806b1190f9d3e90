/**
 * Who attended a held meeting: present, absent, substitutes and guests by name, recorded with the meeting record.
 */
package dk.nordjylland.governance.attendance;
