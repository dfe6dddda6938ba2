/** Names in the site fixture (tests/fixtures/site) that the end-to-end checks look for. */
export const EVIL = '<script>alert(1)</script>';
export const JIA = 'fixture-jia-2021-2025';
export const YI = 'fixture-yi-2023-2025';
export const BING = 'fixture-bing-2021-2030';
