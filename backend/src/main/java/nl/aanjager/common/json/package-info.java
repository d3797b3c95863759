/** How the API reads JSON request bodies: settings every resource shares. */
package nl.aanjager.common.json;
