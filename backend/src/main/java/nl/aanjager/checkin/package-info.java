/** Check-in at the door: scans (online and queued offline), walk-ins, undo, live counts and history. */
package nl.aanjager.checkin;
