/**
 * The Turnstile widget's action on the inquiry form. The form sets it on the widget
 * (`data-action`), Cloudflare signs it into the token, and the function accepts a
 * token only when siteverify reports this action back: a token solved for another
 * form or app that shares the site key is refused.
 */
export const TURNSTILE_ACTION = 'inquiry';
