// A short list of companies by name and place, each opening its page: a partner's start page and
// the partner's page show the companies it works with this way.
import { Link } from 'react-router-dom';

interface ListedCompany {
  id: number;
  name: string;
  city?: string | null;
}

export function CompanyWorkList({ companies }: { companies: readonly ListedCompany[] }) {
  return (
    <ul className="work-list">
      {companies.map((company) => (
        <li key={company.id}>
          <Link className="utrecht-link" to={`/companies/${company.id}`}>
            {company.name}
          </Link>
          {company.city && <span className="work-list__meta">{company.city}</span>}
        </li>
      ))}
    </ul>
  );
}
