/** Events, registrations with waitlist, signed tickets and their mails, and the public registration page. */
package nl.aanjager.events;
