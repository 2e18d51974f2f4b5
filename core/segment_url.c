/*
 * segment_url.c - URLs, e-mail addresses and handles for segmentation
 * (segment.c): each is one token.  Owned by the segmentation stage.
 * Reads the text and updates only the scan it is given: reentrant.
 */
#include <string.h>

#include "segment_chars.h"
#include "segment_scan.h"

/* Length of a URL, e-mail or handle starting at i (not a space), 0 if none:
 * the rest of the non-space run when it starts with http://, https:// or
 * www., or has an '@' (not first, three or more bytes before the end) with
 * a '.' somewhere after it; trailing punctuation excluded. */
size_t lede_seg_url_len(scan *sc, size_t i)
{
    const char *p = sc->s + i;
    size_t rest = sc->n - i;
    if (sc->at_next >= sc->n && p[0] != 'h' && p[0] != 'w')
        return 0; /* no '@' in the rest of the text and no URL prefix: most tokens */
    /* the first '@' after i in the text; i only grows, so it is found
     * again only once passed */
    if (sc->at_next < i + 1) {
        const char *at = i + 1 < sc->n ? memchr(p + 1, '@', rest - 1) : NULL;
        sc->at_next = at ? (size_t)(at - sc->s) : sc->n;
        size_t q = sc->at_next < sc->n ? sc->at_next : i;
        while (q > i && !ascii_space((unsigned char)sc->s[q - 1]))
            q--; /* back over the '@''s word only: the ranges scanned never overlap */
        sc->at_run = q;
    }
    bool prefix = (p[0] == 'h' && ((rest > 7 && memcmp(p, "http://", 7) == 0) ||
                                   (rest > 8 && memcmp(p, "https://", 8) == 0))) ||
                  (p[0] == 'w' && rest > 4 && memcmp(p, "www.", 4) == 0);
    if (!prefix && sc->at_next >= sc->n)
        return 0; /* neither a URL nor an '@' ahead: no need to measure the run */
    if (i >= sc->run_e || i < sc->run_b) {
        /* a new run: every later position in it ends at the same place;
         * ASCII bytes classed from the table, others decoded */
        const unsigned char *u = (const unsigned char *)sc->s;
        size_t j = i;
        while (j < sc->n) {
            if (u[j] < 0x80) {
                if (ascii_space(u[j]))
                    break;
                j++;
            } else {
                if (is_space(peek(sc, j)))
                    break;
                j = adv(sc, j);
            }
        }
        sc->run_b = i;
        sc->run_e = j;
        sc->run_dot = RUN_DOT_UNKNOWN; /* found when an '@' in the run asks for it */
    }
    size_t len = sc->run_e - i;
    bool url = (len > 7 && (memcmp(p, "http://", 7) == 0 || (len > 8 && memcmp(p, "https://", 8) == 0))) ||
               (len > 4 && memcmp(p, "www.", 4) == 0);
    /* at_next is the run's first '@' after i if it is inside the run */
    if (!url && sc->at_next + 3 < sc->run_e && sc->run_dot == RUN_DOT_UNKNOWN) {
        sc->run_dot = sc->run_e; /* none */
        for (size_t k = sc->run_e; k > sc->run_b; k--)
            if (sc->s[k - 1] == '.') {
                sc->run_dot = k - 1;
                break;
            }
    }
    bool mail = !url && sc->at_next + 3 < sc->run_e && sc->run_dot != sc->run_e && sc->at_next < sc->run_dot;
    if (!url && !mail)
        return 0;
    while (len > 0 && memchr(".,;:!?)\"'", p[len - 1], 9))
        len--; /* trailing punctuation belongs to the sentence */
    return len;
}

