"""Hostile input, one case per test: every case gets a specific 4xx (or a correct
200), and afterwards the server still answers /healthz and a normal analysis.

Encodings (invalid, overlong and surrogate UTF-8, JSON surrogate escapes, NUL,
BOMs), sizes (5 MB lines, 100,000 paragraphs, 10,000 unclosed quotation marks, a
3 MB JSON string; the 3.9 MB single lines are in test_hostile_big.py), JSON (100,000 deep, huge numbers, duplicate
keys, wrong types for every field), XML (billion laughs, external entities,
external DTDs, XInclude) and HTTP framing (truncated bodies, wrong
Content-Length, chunked uploads valid, malformed and over the limit).  Slow
clients are in test_slow_clients.py; some cases repeat test_errors.py so the
table is complete in one place.

At the end it prints the table `case | status | server alive` and writes it to
$LEDE_HOSTILE_REPORT, else hostile-report.md beside the server binary (the
build directory), to paste into a note.
"""

import json
import os
import socket
import time

from lede_http import ServerTest, main, parse_raw_response, server_binary, slice_units, spans

MAX_BODY = 4 << 20           # the server's default body limit
NORMAL = "Officials from Pakistan and Afghanistan met in Kabul on Tuesday, the ministry said."
NITF = ('<?xml version="1.0"?>%s<nitf><head><title>Talks</title></head><body><body.content>'
        '<p>Officials met in Kabul on Monday. %s</p></body.content></body></nitf>')
PASSWD_MARKERS = (b"root:", b"/bin/sh", b"/usr/sbin/nologin", b"daemon:")

RESULTS = []                 # (case, status, alive), in the order the cases ran


def record(case, status, alive):
    RESULTS.append((case, str(status), "yes" if alive else "NO"))


def report_path():
    path = os.environ.get("LEDE_HOSTILE_REPORT")
    if path:
        return path
    try:
        return os.path.join(os.path.dirname(os.path.abspath(server_binary())), "hostile-report.md")
    except RuntimeError:
        return None


def write_report(source):
    """Prints the table of RESULTS and puts it in the report file as the
    section of this source file (test_hostile_big.py writes its own)."""
    rows = ["| case | status | server alive |", "|---|---|---|"]
    rows += ["| %s | %s | %s |" % r for r in RESULTS]
    table = "\n".join(rows) + "\n"
    print("\n" + table, flush=True)
    path = report_path()
    if not path:
        return
    sections = {}   # source file -> its section
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for part in f.read().split("\n## ")[1:]:
                sections[part.split(" ", 1)[0]] = "## " + part.rstrip("\n") + "\n"
    sections[source] = "## %s (%s, %s)\n\n%s" % (source, server_binary(),
                                                time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), table)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Hostile-input cases\n")
        for k in sorted(sections):
            f.write("\n" + sections[k])
    print("hostile: table written to %s" % path, flush=True)


def tearDownModule():
    write_report("tests/http/test_hostile.py")


def read_until_close(sock, timeout):
    """Everything the server sends until it closes or goes quiet for timeout."""
    sock.settimeout(timeout)
    chunks = []
    while True:
        try:
            b = sock.recv(65536)
        except (socket.timeout, ConnectionResetError):
            break
        if not b:
            break
        chunks.append(b)
    return b"".join(chunks)


def read_response(sock, timeout):
    """Reads until one whole response is in (or the server closes)."""
    sock.settimeout(timeout)
    data = b""
    while not split_responses(data):
        try:
            b = sock.recv(65536)
        except (socket.timeout, ConnectionResetError):
            break
        if not b:
            break
        data += b
    return data


def split_responses(data):
    """The raw HTTP/1.1 responses in data (bodies delimited by Content-Length)."""
    out = []
    while data.startswith(b"HTTP/1."):
        head_end = data.find(b"\r\n\r\n")
        if head_end < 0:
            break
        status, headers, _ = parse_raw_response(data[:head_end + 4])
        n = int(headers.get("content-length", "0"))
        body = data[head_end + 4:head_end + 4 + n]
        out.append((status, headers, body))
        data = data[head_end + 4 + n:]
    return out


class HostileBase(ServerTest):
    """Helpers: every case ends in check(), which records the row, then asserts
    the status and that the server still serves."""

    def alive(self):
        """/healthz answers and a normal analysis succeeds."""
        s = self.server
        try:
            if s.get("/healthz").status != 200:
                return False
            r = s.post("/v1/analyze", NORMAL)
            return r.status == 200 and any(e["name"] == "Kabul" for e in r.json()["entities"])
        except (OSError, ValueError, KeyError):
            return False

    def check(self, case, got, expected, codes=None, problem=None):
        """got: a Response, an int status, or a string ("closed").  expected: the
        statuses allowed; codes: the problem codes allowed (for a Response)."""
        status = got.status if hasattr(got, "status") else got
        shown = status
        code = None
        if hasattr(got, "status") and got.status != 200:
            try:
                code = got.json().get("code")
            except ValueError:
                code = None
            shown = "%s %s" % (status, code) if code else status
        ok = self.alive()
        record(case, shown, ok)
        self.assertIn(status, expected, "%s: %r" % (case, got))
        if codes and hasattr(got, "status") and got.status != 200:
            self.assertIn(code, codes, "%s: %r" % (case, got))
            self.assertEqual(got.header("content-type"), "application/problem+json")
        self.assertTrue(ok, "%s: the server stopped serving" % case)
        if problem:
            problem(got)

    def analyze(self, body, ct="text/plain", path="/v1/analyze"):
        return self.server.post(path, body, content_type=ct)


class HostileTest(HostileBase):
    SERVER_ARGS = ("--workers", "2")

    # ---- encodings --------------------------------------------------------------------
    def test_invalid_utf8(self):
        for body in (b"Kabul \xff talks", b"Kabul \xfe\xff", b"cut \xe2\x82", b"\x80 stray continuation"):
            r = self.analyze(body)
            self.assertEqual(r.status, 400, (body, r))
        self.check("invalid UTF-8 (FF, FE, cut sequence, stray continuation)", r, {400}, {"bad-utf8"})

    def test_overlong_utf8(self):
        for body in (b"path \xc0\xaf here", b"nul \xc0\x80 here", b"three \xe0\x80\xaf bytes", b"four \xf0\x80\x80\xaf"):
            r = self.analyze(body)
            self.assertEqual(r.status, 400, (body, r))
        self.check("overlong UTF-8 (C0 AF, C0 80, E0 80 AF, F0 80 80 AF)", r, {400}, {"bad-utf8"})

    def test_encoded_surrogate_in_text(self):
        for body in (b"surrogate \xed\xa0\x80 here", b"low \xed\xbf\xbf", b"pair \xed\xa0\xbd\xed\xb8\x80"):
            r = self.analyze(body)
            self.assertEqual(r.status, 400, (body, r))
        self.check("UTF-8 encoded surrogates (ED A0 80) in text/plain", r, {400}, {"bad-utf8"})

    def test_encoded_surrogate_in_json(self):
        r = self.analyze(b'{"text": "Kabul \xed\xa0\x80 talks"}', "application/json")
        self.check("UTF-8 encoded surrogate (ED A0 80) inside a JSON string", r, {400}, {"bad-json", "bad-utf8"})

    def test_json_surrogate_escapes(self):
        for esc in (b"\\ud800", b"\\udc00", b"\\ud800\\u0041", b"\\udbff"):
            r = self.analyze(b'{"text": "Talks in Kabul ' + esc + b'."}', "application/json")
            self.assertEqual(r.status, 400, (esc, r))
        # a proper pair is fine, and its offsets count one code point
        ok = self.server.analyze_json({"text": "\U0001F600 Talks in Kabul were held."})
        d = self.assertAnalysis(ok)
        self.assertTrue(all(slice_units("\U0001F600 Talks in Kabul were held.", a, b, "codepoint") == t
                            for a, b, t in spans(d)))
        self.check("lone surrogate escapes (\\ud800, \\udc00) in JSON", r, {400}, {"bad-json"})

    def test_nul_in_text(self):
        r = self.analyze(b"Talks in Kabul\x00 were held.")
        self.check("NUL byte in text/plain", r, {400}, {"bad-utf8"},
                   problem=lambda r: self.assertIn("NUL", r.json()["detail"]))

    def test_nul_escape_in_json(self):
        r = self.analyze(b'{"text": "Talks in Kabul\\u0000 were held."}', "application/json")
        self.check("\\u0000 in a JSON text", r, {400}, {"bad-utf8", "bad-json"},
                   problem=lambda r: self.assertIn("NUL", r.json()["detail"]))

    def test_nul_in_json_field(self):
        r = self.analyze(b'{"text": "Talks in Kabul.", "title": "a\\u0000b"}', "application/json")
        self.check("\\u0000 in a JSON title", r, {200, 400}, {"bad-utf8", "bad-request"})

    def test_utf8_bom_text(self):
        text = "\ufeffOfficials met in Kabul on Monday, Ahmed Karzai said."
        r = self.analyze(text.encode("utf-8"))
        if r.status == 200:
            d = r.json()
            self.assertTrue(spans(d))
            for a, b, t in spans(d):   # the BOM counts as one code point of the text sent
                self.assertEqual(slice_units(text, a, b, "codepoint"), t)
            self.assertIn("Kabul", [e["name"] for e in d["entities"]])
        self.check("UTF-8 BOM at the start of text/plain (offsets checked)", r, {200})

    def test_utf8_bom_json_text(self):
        text = "\ufeffOfficials met in Kabul on Monday, Ahmed Karzai said."
        for unit in ("codepoint", "utf16", "utf8"):
            r = self.server.analyze_json({"text": text, "offsets": unit})
            d = self.assertAnalysis(r, unit)
            self.assertTrue(spans(d))
            for a, b, t in spans(d):
                self.assertEqual(slice_units(text, a, b, unit), t)
        self.check("UTF-8 BOM at the start of a JSON text (offsets in 3 units checked)", r, {200})

    def test_utf8_bom_before_json(self):
        # RFC 8259 section 8.1: a parser may ignore a leading BOM; Windows tools write one
        r = self.analyze(b'\xef\xbb\xbf{"text": "Talks in Kabul."}', "application/json")
        self.assertEqual(r.status, 200, r)
        self.assertIn("Kabul", [e["name"] for e in r.json()["entities"]])
        self.check("UTF-8 BOM before a JSON body (ignored)", r, {200})

    def test_utf16_bom(self):
        r = self.analyze("\ufeffTalks in Kabul were held.".encode("utf-16-le"))
        self.assertEqual(r.status, 400, r)
        r = self.analyze("\ufeffTalks in Kabul were held.".encode("utf-16-be"))
        self.check("UTF-16 BOM and text (LE, BE) as text/plain", r, {400}, {"bad-utf8"})

    def test_utf16_charset(self):
        r = self.analyze("Talks in Kabul were held.".encode("utf-16"), ct="text/plain; charset=utf-16")
        self.check("UTF-16 with charset=utf-16", r, {415}, {"unsupported-media-type"})

    # ---- sizes ------------------------------------------------------------------------
    def test_5mb_line_declared(self):
        # Content-Length above the limit: refused from the header, body not read.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=60)
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: %d\r\n\r\n" % (5 << 20))
            line = b"word " * 4096
            try:
                for _ in range((5 << 20) // len(line)):
                    s.sendall(line)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered and closed early, as it should
            data = read_until_close(s, 30)
        finally:
            s.close()
        status, headers, body = parse_raw_response(data)
        self.assertEqual(json.loads(body)["code"], "body-too-large")
        self.check("one 5 MB line (Content-Length)", status, {413})

    def test_5mb_line_chunked(self):
        # No Content-Length: counted while streaming; 413 once the client is done.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=60)
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")
            piece = b"word " * 13107   # 65535 bytes
            for _ in range((5 << 20) // len(piece) + 1):
                s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            s.sendall(b"0\r\n\r\n")
            data = read_response(s, 30)
        finally:
            s.close()
        resp = split_responses(data)
        self.assertTrue(resp, data[:200])
        self.check("one 5 MB line, chunked (over the limit)", resp[0][0], {413})

    def test_100k_paragraphs(self):
        r = self.analyze(b"Talks.\n\n" * 100000)
        self.check("100,000 tiny paragraphs", r, {200, 504}, {"deadline-exceeded"})

    def test_100k_lines(self):
        r = self.analyze(b"Kabul.\n" * 100000)
        self.check("100,000 one-word lines", r, {200, 504}, {"deadline-exceeded"})

    def test_unclosed_straight_quotes(self):
        text = '"word ' * 10000
        r = self.analyze(text)
        if r.status == 200:   # straight marks pair up either way; whatever is found must slice right
            for a, b, t in spans(r.json()):
                self.assertTrue(text[a:b] == t, (a, b))
        self.check("10,000 opening straight quotes, no closing mark", r, {200, 504}, {"deadline-exceeded"})

    def test_unclosed_straight_quotes_bare(self):
        r = self.analyze(b'"' * 10000)
        self.check("10,000 bare straight quotes (no letters)", r, {422}, {"empty-text"})

    def test_unclosed_curly_quotes(self):
        r = self.analyze("\u201cword ".encode() * 10000)
        self.check("10,000 opening curly quotes, no closing mark", r, {200, 504}, {"deadline-exceeded"})

    def test_unclosed_curly_quotes_bare(self):
        r = self.analyze("\u201c".encode() * 10000)
        self.check("10,000 bare opening curly quotes", r, {200, 422}, {"empty-text"})

    def test_unclosed_guillemets_and_low_marks(self):
        r = self.analyze("\u00abword \u201eword \u201aword ".encode() * 3500)
        self.check("10,500 unclosed \u00ab \u201e \u201a marks", r, {200, 504}, {"deadline-exceeded"})

    def test_huge_json_string_other_field(self):
        # a 3 MB title: no analysis cost, only decoding and echoing
        r = self.server.analyze_json({"text": NORMAL, "title": "T" * (3 << 20)})
        if r.status == 200:
            self.assertEqual(len(r.json()["title"]), 3 << 20)
        self.check("3 MB JSON string in \"title\"", r, {200, 400}, {"bad-request"})

    # ---- JSON structure -----------------------------------------------------------------
    def test_json_nested_100k(self):
        r = self.analyze(b"[" * 100000 + b"]" * 100000, "application/json")
        self.assertEqual(r.status, 400, r)
        r = self.analyze(b"{\"a\":" * 100000 + b"1" + b"}" * 100000, "application/json")
        self.check("JSON nested 100,000 deep (arrays, objects)", r, {400}, {"bad-json"})

    def test_json_nested_in_field(self):
        r = self.analyze(b'{"text": "Talks in Kabul.", "features": ' + b"[" * 100000 + b"]" * 100000 + b"}",
                         "application/json")
        self.check("JSON nested 100,000 deep inside \"features\"", r, {400}, {"bad-json"})

    def test_json_nested_unclosed(self):
        r = self.analyze(b"[" * 100000, "application/json")
        self.check("JSON 100,000 '[' never closed", r, {400}, {"bad-json"})

    def test_huge_numbers(self):
        bad = (b"1e999999", b"-1e999999", b"9" * 400, b"-" + b"9" * 400, b"1" + b"0" * 400 + b".5")
        fields = ("id", "title", "published_at", "features", "offsets", "text")
        statuses = set()
        for num in bad:
            for f in fields:
                obj = b'{"text": "Talks in Kabul."' if f != "text" else b"{"
                obj += (b", " if f != "text" else b"") + b'"' + f.encode() + b'": ' + num + b"}"
                r = self.analyze(obj, "application/json")
                statuses.add(r.status)
                self.assertEqual(r.status, 400, (obj[:80], r))
                self.assertIn(r.json()["code"], ("bad-json", "bad-request"))
        # underflow and a large in-range id
        r = self.analyze(b'{"text": "Talks in Kabul.", "id": 1e-999999}', "application/json")
        self.assertEqual(r.status, 400, r)
        r = self.analyze(b'{"text": "Talks in Kabul.", "id": 9223372036854775807}', "application/json")
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["id"], "9223372036854775807")
        self.check("huge numbers (1e999999, 400 digits) in 6 fields", 400 if statuses == {400} else statuses, {400})

    def test_duplicate_keys(self):
        for body in (b'{"text": "Talks in Kabul.", "text": "x"}', b'{"text": "a", "id": "1", "id": "2"}',
                     b'{"text": "a", "features": ["quotes"], "features": ["events"]}'):
            r = self.analyze(body, "application/json")
            self.assertEqual(r.status, 400, (body, r))
        self.check("duplicate keys (text, id, features)", r, {400}, {"bad-json"})

    def test_wrong_types_every_field(self):
        fields = ("text", "html", "xml", "id", "title", "published_at", "features", "offsets")
        wrong = (-1, 1.5, True, False, [], {}, ["x"], {"a": 1}, [None], [["entities"]])
        n = 0
        for f in fields:
            for v in wrong:
                obj = {"text": NORMAL} if f not in ("text", "html", "xml") else {}
                obj[f] = v
                r = self.server.analyze_json(obj)
                n += 1
                # an integer id is documented: it comes back as a string
                want = 200 if f == "id" and type(v) is int else 400
                self.assertEqual(r.status, want, (obj, r))
                if r.status == 400:
                    self.assertEqual(r.json()["code"], "bad-request", (obj, r))
        for obj in ([NORMAL], "text", 5, None, {"text": NORMAL, "extra": 1}, {"features": "entities", "text": NORMAL},
                    {"features": ["entities", 5], "text": NORMAL}):
            r = self.server.analyze_json(obj)
            n += 1
            self.assertEqual(r.status, 400, (obj, r))
        self.check("wrong types for every field (%d bodies)" % n, r, {400}, {"bad-request", "bad-json"})

    # ---- XML ------------------------------------------------------------------------------
    def xml_refused(self, case, body, ct="application/xml"):
        r = self.analyze(body, ct)
        for m in PASSWD_MARKERS:
            self.assertNotIn(m, r.body, case)
        self.check(case, r, {400}, {"xml-forbidden"})

    def test_xml_billion_laughs(self):
        lol = ('<!DOCTYPE nitf [<!ENTITY lol "lol"><!ENTITY lol1 "' + "&lol;" * 10 + '">' +
               "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10) for i in range(2, 10)) + "]>")
        self.xml_refused("XML billion laughs", NITF % (lol, "&lol9;"))

    def test_xml_quadratic_blowup(self):
        body = NITF % ('<!DOCTYPE nitf [<!ENTITY a "' + "x" * 50000 + '">]>', "&a;" * 20000)
        self.xml_refused("XML quadratic blowup (one 50 KB entity used 20,000 times)", body)

    def test_xml_xxe_passwd(self):
        self.xml_refused("XML external entity file:///etc/passwd",
                         NITF % ('<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"))

    def test_xml_xxe_in_json(self):
        body = json.dumps({"xml": NITF % ('<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "/etc/passwd">]>', "&xxe;")})
        self.xml_refused("XML external entity /etc/passwd inside JSON \"xml\"", body, "application/json")

    def test_xml_parameter_entity(self):
        self.xml_refused("XML external parameter entity (%x; -> /etc/passwd)",
                         NITF % ('<!DOCTYPE nitf [<!ENTITY % x SYSTEM "file:///etc/passwd"> %x;]>', ""))

    def test_xml_external_dtd_local(self):
        self.xml_refused("XML external DTD SYSTEM \"/etc/passwd\"", NITF % ('<!DOCTYPE nitf SYSTEM "/etc/passwd">', ""))

    def test_xml_external_dtd_remote(self):
        # a wire feed's DTD reference is accepted and never fetched (port 9: nothing listens)
        t0 = time.monotonic()
        r = self.analyze(NITF % ('<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-5.dtd">', ""), "application/xml")
        self.assertLess(time.monotonic() - t0, 30)
        if r.status == 200:
            self.assertEqual(r.json()["text"], "Officials met in Kabul on Monday.")
        self.check("XML external DTD over http (not fetched)", r, {200})

    def test_xml_xinclude(self):
        r = self.analyze(NITF % ("", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" '
                                     'parse="text"/>'), "application/xml")
        for m in PASSWD_MARKERS:
            self.assertNotIn(m, r.body)
        self.check("XInclude of /etc/passwd (not processed)", r, {200})

    def test_html_doctype_entity(self):
        body = ('<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><article><p>Officials met '
                'in Kabul &xxe; on Monday.</p></article></body></html>')
        r = self.analyze(body, "text/html")
        for m in PASSWD_MARKERS:
            self.assertNotIn(m, r.body)
        self.check("HTML with an external entity in its DOCTYPE", r, {200})

    # ---- HTTP framing ---------------------------------------------------------------------
    def test_truncated_body(self):
        # Content-Length larger than sent, then close: no answer, nothing held.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=10)
        try:
            s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 100000\r\n\r\nTalks in Kabul")
            s.shutdown(socket.SHUT_WR)
            t0 = time.monotonic()
            data = read_until_close(s, 10)
            self.assertLess(time.monotonic() - t0, 5, "the half-close was not noticed")
        finally:
            s.close()
        self.check("truncated body (Content-Length 100,000, 14 sent, close)", "closed" if not data else data[:12],
                   {"closed"})

    def test_truncated_body_reset(self):
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=10)
        s.sendall(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                  b"Content-Length: 100000\r\n\r\nTalks in Kabul")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()   # RST
        self.check("truncated body, then connection reset", "closed", {"closed"})

    def test_content_length_smaller_than_body(self):
        # The extra bytes are the next request on the connection: here a valid one.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)
        try:
            s.sendall(b"POST /v1/analyze?id=first HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 14\r\n\r\nTalks in Kabul were held on Monday.\r\n"
                      b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = read_until_close(s, 20)
        finally:
            s.close()
        resp = split_responses(data)
        self.assertTrue(resp, data[:200])
        self.assertEqual(resp[0][0], 200)
        self.assertEqual(json.loads(resp[0][2])["id"], "first")
        # the rest of the body is not a request line: a 400 and close, or just close
        self.assertTrue(len(resp) == 1 or resp[1][0] == 400, [r[0] for r in resp])
        self.check("Content-Length smaller than the body, then a request", " then ".join(str(r[0]) for r in resp)
                   + ("" if len(resp) > 1 else " then closed"), {"200 then closed", "200 then 400"})

    def test_content_length_smaller_then_clean_request(self):
        # The body ends exactly at a request boundary: the next request is served.
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=30)
        try:
            s.sendall(b"POST /v1/analyze?id=first HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 14\r\n\r\nTalks in Kabul"
                      b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = read_until_close(s, 20)
        finally:
            s.close()
        resp = split_responses(data)
        self.assertEqual([r[0] for r in resp], [200, 200], data[:300])
        self.check("short Content-Length, next request on the connection", "200 then 200", {"200 then 200"})

    def test_two_content_lengths(self):
        # RFC 9112 6.3: refused, and the connection closed (the framing is ambiguous)
        out = self.server.raw(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              b"Content-Length: 6\r\nContent-Length: 60\r\n\r\nTalks in Kabul", read_timeout=10)
        resp = split_responses(out)
        self.assertEqual(len(resp), 1, out[:300])
        self.assertEqual(json.loads(resp[0][2])["code"], "bad-request")
        self.check("two different Content-Length headers", resp[0][0], {400})

    def test_two_equal_content_lengths(self):
        out = self.server.raw(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              b"Content-Length: 14\r\nContent-Length: 14\r\nConnection: close\r\n\r\n"
                              b"Talks in Kabul", read_timeout=10)
        resp = split_responses(out)
        self.check("two equal Content-Length headers", resp[0][0] if resp else "closed", {200, 400})

    def test_chunked_valid(self):
        out = self.server.raw(b"POST /v1/analyze?id=chunked HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                              b"a\r\nOfficials \r\n1\r\nm\r\n15\r\net in Kabul on Monday\r\n0\r\n\r\n", read_timeout=30)
        status, _, body = split_responses(out)[0]
        self.assertEqual(json.loads(body)["id"], "chunked")
        self.assertIn("Kabul", [e["name"] for e in json.loads(body)["entities"]])
        self.check("chunked upload, valid (3 chunks)", status, {200})

    def test_chunked_malformed_sizes(self):
        seen = []
        for size in (b"zz", b"-5", b"0x10", b" ", b"1;" + b"x" * 10000):
            out = self.server.raw(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                                  b"Transfer-Encoding: chunked\r\n\r\n" + size + b"\r\nTalks \r\n0\r\n\r\n",
                                  read_timeout=10, shutdown_write=True)
            resp = split_responses(out)
            seen.append(resp[0][0] if resp else "closed")
        self.assertTrue(set(seen) <= {400, 413, "closed"}, seen)
        self.check("chunked, malformed chunk sizes (zz, -5, 0x10, blank, long extension)",
                   "/".join(str(x) for x in seen), {"/".join(str(x) for x in seen)})

    def test_chunked_size_overflow(self):
        seen = []
        for size in (b"ffffffffffffffffffff", b"7fffffffffffffff", b"500000"):
            out = self.server.raw(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                                  b"Transfer-Encoding: chunked\r\n\r\n" + size + b"\r\nTalks \r\n0\r\n\r\n",
                                  read_timeout=10, shutdown_write=True)
            resp = split_responses(out)
            seen.append(resp[0][0] if resp else "closed")
        self.assertTrue(set(seen) <= {400, 413, "closed"}, seen)
        self.check("chunked, chunk sizes 2^80, 2^63-1, 5 MB with a short chunk",
                   "/".join(str(x) for x in seen), {"/".join(str(x) for x in seen)})

    def test_chunked_truncated(self):
        out = self.server.raw(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              b"Transfer-Encoding: chunked\r\n\r\n10\r\nTalks", read_timeout=10, shutdown_write=True)
        self.check("chunked, body cut inside a chunk, then close", "closed" if not out else out[:12], {"closed"})

    def test_chunked_and_content_length(self):
        # RFC 9112 6.1: Transfer-Encoding wins over Content-Length, and the
        # connection closes after the answer: a second request on it is not read.
        second = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
        out = self.server.raw(b"POST /v1/analyze?id=te HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              b"Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"
                              b"e\r\nTalks in Kabul\r\n0\r\n\r\n" + second, read_timeout=30)
        resp = split_responses(out)
        status = resp[0][0] if resp else "closed"
        if status == 200:
            self.assertEqual(json.loads(resp[0][2])["id"], "te")
            self.assertEqual(resp[0][1].get("connection", "").lower(), "close")
            self.assertEqual(len(resp), 1, "the connection stayed open after ambiguous framing")
        self.check("chunked and Content-Length together (then closed)", status, {200, 400})

    def test_zz_no_5xx(self):
        # Runs last in this class: no case above produced a 5xx other than the
        # deadline's 504, which the size cases may meet on a slow (sanitizer) build.
        for rec in self.server.logs():
            if rec.get("msg") == "request" and rec.get("error") != "deadline-exceeded":
                self.assertLess(rec["status"], 500, rec)


if __name__ == "__main__":
    main()
