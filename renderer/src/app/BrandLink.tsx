import { hrefFor } from './use-hash-route';

/** The product's mark and name at the start of every header; it leads back to the Learn area. */
export function BrandLink() {
  return (
    <a className="app-header__brand" href={hrefFor('learn')}>
      <span className="app-header__mark" aria-hidden="true">
        CS
      </span>
      Course Studio
    </a>
  );
}
