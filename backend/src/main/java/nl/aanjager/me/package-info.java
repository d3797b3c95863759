/** The caller's own identity as the API sees it (name, roles, partner). */
package nl.aanjager.me;
