package nl.aanjager.companies;

import nl.aanjager.common.paging.PageResult;

/** A page of companies, whether its total is exact, and where the next page starts. */
public record CompanyListPage(PageResult<Company> page, boolean totalExact, String nextCursor) {
}
