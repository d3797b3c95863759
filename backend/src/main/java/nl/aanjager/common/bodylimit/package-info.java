/** How large a request body may be: a small limit for JSON, a large one for import uploads, 413 as a problem. */
package nl.aanjager.common.bodylimit;
