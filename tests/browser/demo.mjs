// demo.mjs - drives the demo page at GET / in headless Chromium (Debian's
// /usr/bin/chromium) with playwright-core: load, analyse, check that entity
// highlights, quotes and events appear, and save a screenshot.
// usage: node demo.mjs BASE_URL SCREENSHOT.png [ARTICLE.txt PUBLISHED_AT]
// With DEMO_API_KEY set (a server that requires keys), it first analyses
// without a key and expects the page to show the 401, then types the key.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [base, shot, article, published] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? "ok  " : "FAIL"} ${what}`); if (!ok) failed++; };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "/", { waitUntil: "load" });
  check((await page.title()).includes("lede"), "page loads");
  if (article) {
    await page.fill("#input", readFileSync(article, "utf8"));
    await page.fill("#published", published || "");
  } else {
    await page.click("#sample");
  }
  const key = process.env.DEMO_API_KEY;
  if (key) {
    await page.click("#analyze");
    await page.waitForSelector("#status.error", { timeout: 20000 });
    const st = await page.textContent("#status");
    check(st.startsWith("401"), `without the key the page shows the 401 (${st.slice(0, 60)})`);
    await page.fill("#apikey", key);
  }
  await page.click("#analyze");
  await page.waitForSelector("#doc mark", { timeout: 20000 });
  const marks = await page.$$eval("#doc mark", (ms) => ms.map((m) => m.className));
  check(marks.length >= 5, `entities highlighted (${marks.length})`);
  check(new Set(marks).size >= 3, `several entity types (${[...new Set(marks)].join(",")})`);
  const quotes = await page.$$eval("#quotes .quote", (qs) => qs.map((q) => q.textContent));
  check(quotes.length >= 1 && quotes.some((q) => !q.includes("speaker unknown")), `quotes with speakers (${quotes.length})`);
  const events = await page.$$eval("#events .event", (es) => es.length);
  check(events >= 1, `events listed (${events})`);
  if (article) check((await page.$$("#events .absent")).length >= 1, "absent participants shown");
  await page.check("#showraw");
  const raw = await page.textContent("#raw");
  check(JSON.parse(raw).offsets === "utf16", "raw JSON toggle shows the response");
  await page.uncheck("#showraw");
  check(errors.length === 0, `no page errors ${errors.join(" ")}`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
