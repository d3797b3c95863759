/** Cross-cutting pieces every feature uses: problem details, paging, ETags, security helpers. */
package nl.aanjager.common;
