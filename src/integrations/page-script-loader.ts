/**
 * The one inline script on a page, in the `<script data-module="/_astro/…js">` that
 * src/integrations/deferred-scripts.ts writes in place of each of Astro's module
 * scripts (ADR 0010). It starts the script its tag names once the page has painted, or
 * at `load` in a browser that reports no paints: each page script enhances HTML that
 * already works, so the first paint should not wait for it, nor share the connection
 * with it. If the script fails to load or to run, the page is marked
 * `data-scripts-failed`, and the parts that need a script show as they do without
 * JavaScript (the styles of FaqList.astro, SearchResults.astro and country-map.css).
 *
 * The page carries this file minified (src/integrations/page-script-loader-build.ts),
 * and the CSP allows exactly that text by its SHA-256.
 */
{
  // Read now: `currentScript` is only set while this script runs.
  const src = document.currentScript?.dataset['module'] ?? '';

  const start = () => {
    import(src).catch(() => {
      document.documentElement.setAttribute('data-scripts-failed', '');
    });
  };

  // Safari before 12.1 has PerformanceObserver without supportedEntryTypes, and no paint timing.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent in those browsers, whatever the DOM types say
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        start();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    addEventListener('load', start);
  }
}
