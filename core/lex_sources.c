/*
 * lex_sources.c - lexicon sources other than WordNet: Debian's iso-codes
 * (ISO 3166-1 countries, ISO 3166-2 subdivisions and their type words,
 * ISO 4217 currencies), read with jansson, and the project's small
 * tab-separated tables in the data directory (aliases, demonyms, titles,
 * organisation words, group names, currency words) for what no package
 * provides.  Load-time only; fills a lexb.  Owner: entities engineer.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_build.h"

/* A subdivision name shared by subdivisions of this many countries is a
 * generic word ("Central", "Northern", "Capital"), not a place name. */
#define LEX_GENERIC_REGION_COUNTRIES 3

static bool fail(lexb *b, const char *fmt, const char *a, const char *z)
{
    snprintf(b->err, b->errlen, fmt, a, z);
    return false;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Largest iso-codes file read whole before parsing; a larger one (or one
 * that cannot be read) goes to json_load_file, which also words the error. */
#define LEX_JSON_FILE_CAP (64u << 20)

/* The file parsed from memory: json_load_file reads a character at a time
 * through stdio, which cost a fifth of the parse. */
static json_t *load_json_file(const char *path, json_error_t *je)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    long n = -1;
    if (fp && fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) > 0 && (unsigned long)n <= LEX_JSON_FILE_CAP &&
        fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n)) != NULL && fread(buf, 1, (size_t)n, fp) == (size_t)n) {
        fclose(fp);
        json_t *root = json_loadb(buf, (size_t)n, 0, je);
        free(buf);
        return root;
    }
    free(buf);
    if (fp)
        fclose(fp);
    return json_load_file(path, 0, je);
}

static json_t *load_json(lexb *b, const char *path, const char *key)
{
    json_error_t je;
    json_t *root = load_json_file(path, &je);
    if (!root) {
        fail(b, "cannot read %s (%s); install the iso-codes package", path, je.text);
        return NULL;
    }
    json_t *arr = json_object_get(root, key);
    if (!json_is_array(arr)) {
        json_decref(root);
        fail(b, "%s has no \"%s\" array", path, key);
        return NULL;
    }
    return root;
}

static uint32_t str0(lexb *b, const char *s) { return s ? lexb_str(b, s, strlen(s)) : LEXB_NONE; }

/* "Korea, Republic of" -> "Korea"; "Holy See (Vatican City State)" -> "Holy See". */
static size_t short_form(const char *s)
{
    size_t n = strcspn(s, ",([");
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

bool lex_load_iso3166_1(lexb *b, const char *path)
{
    json_t *root = load_json(b, path, "3166-1");
    if (!root)
        return false;
    json_t *arr = json_object_get(root, "3166-1");
    size_t n = json_array_size(arr);
    b->countries = calloc(n ? n : 1, sizeof *b->countries);
    if (!b->countries) {
        json_decref(root);
        b->oom = true;
        return true;
    }
    b->countries_cap = n;
    /* names first, derived short forms after, so an exact name wins */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            json_t *e = json_array_get(arr, i);
            const char *a2 = jstr(e, "alpha_2"), *name = jstr(e, "name");
            const char *common = jstr(e, "common_name"), *official = jstr(e, "official_name");
            if (!a2 || !name || strlen(a2) != 2)
                continue;
            lexb_country *c;
            if (pass == 0) {
                c = &b->countries[b->n_countries++];
                memcpy(c->code, a2, 3);
                c->concept = lexb_concept(b);
                c->norp_concept = lexb_concept(b);
                size_t sn = short_form(name);
                const char *disp = common ? common : name;
                size_t dn = common ? strlen(common) : sn;
                c->name = lexb_str(b, disp, dn);
            } else {
                c = lexb_country_by_code(b, a2, 2);
            }
            uint32_t code = lexb_str(b, a2, 2);
            if (pass == 0) {
                if (!strpbrk(name, ",(["))
                    lexb_add(b, name, strlen(name), LEDE_LEX_COUNTRY, 0, c->concept, c->name, code, code,
                             LEXB_RANK_ISO);
                if (common)
                    lexb_add(b, common, strlen(common), LEDE_LEX_COUNTRY, 0, c->concept, c->name, code, code,
                             LEXB_RANK_ISO);
                if (official)
                    lexb_add(b, official, strlen(official), LEDE_LEX_COUNTRY, 0, c->concept, c->name, code, code,
                             LEXB_RANK_ISO);
            } else {
                if (strpbrk(name, ",(["))
                    lexb_add(b, name, short_form(name), LEDE_LEX_COUNTRY, 0, c->concept, c->name, code, code,
                             LEXB_RANK_DERIVED);
                if (official && strncmp(official, "the ", 4) == 0)
                    lexb_add(b, official + 4, strlen(official + 4), LEDE_LEX_COUNTRY, 0, c->concept, c->name,
                             code, code, LEXB_RANK_DERIVED);
            }
        }
    }
    json_decref(root);
    return true;
}

/* Cleans a subdivision name: drops bracketed alternatives and ", Région"
 * style inversions.  Writes to out; returns the length. */
static size_t region_name(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    int depth = 0;
    for (; *s && o + 1 < cap; s++) {
        if (*s == '[' || *s == '(')
            depth++;
        else if ((*s == ']' || *s == ')') && depth)
            depth--;
        else if (!depth && (*s == ',' || *s == '/' || *s == ';'))
            break;
        else if (!depth)
            out[o++] = *s;
    }
    while (o && out[o - 1] == ' ')
        o--;
    size_t lead = 0;
    while (lead < o && out[lead] == ' ')
        lead++;
    memmove(out, out + lead, o - lead);
    return o - lead;
}

typedef struct region_row { char key[128]; size_t kn; char country[4]; } region_row;

static int cmp_row(const void *a, const void *z)
{
    const region_row *x = a, *y = z;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->country, y->country);
}

bool lex_load_iso3166_2(lexb *b, const char *path)
{
    json_t *root = load_json(b, path, "3166-2");
    if (!root)
        return false;
    json_t *arr = json_object_get(root, "3166-2");
    size_t n = json_array_size(arr);
    region_row *rows = calloc(n ? n : 1, sizeof *rows);
    if (!rows) {
        json_decref(root);
        b->oom = true;
        return true;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(arr, i);
        const char *code = jstr(e, "code"), *name = jstr(e, "name");
        if (!code || !name || !strchr(code, '-'))
            continue;
        char clean[128];
        size_t cn = region_name(name, clean, sizeof clean);
        rows[i].kn = lede_lex_key(clean, cn, rows[i].key, sizeof rows[i].key - 1);
        rows[i].key[rows[i].kn] = '\0';
        memcpy(rows[i].country, code, 2);
    }
    /* names that many countries share are generic words */
    region_row *sorted = malloc((n ? n : 1) * sizeof *sorted);
    if (!sorted) {
        free(rows);
        json_decref(root);
        b->oom = true;
        return true;
    }
    memcpy(sorted, rows, n * sizeof *rows);
    qsort(sorted, n, sizeof *sorted, cmp_row);
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(arr, i);
        const char *code = jstr(e, "code"), *name = jstr(e, "name"), *type = jstr(e, "type");
        if (!rows[i].kn)
            continue;
        region_row probe = rows[i];
        probe.country[0] = '\0';
        size_t lo = 0, hi = n;
        while (lo < hi) { /* first row with this key */
            size_t mid = (lo + hi) / 2;
            if (cmp_row(&sorted[mid], &probe) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t countries = 0;
        for (size_t k = lo; k < n && strcmp(sorted[k].key, rows[i].key) == 0; k++)
            if (k == lo || strcmp(sorted[k].country, sorted[k - 1].country) != 0)
                countries++;
        if (countries >= LEX_GENERIC_REGION_COUNTRIES)
            continue;
        char clean[128];
        size_t cn = region_name(name, clean, sizeof clean);
        uint32_t flags = json_object_get(e, "parent") ? 0 : LEDE_LEXF_TOPLEVEL;
        uint32_t scode = str0(b, code), country = lexb_str(b, code, 2), sname = lexb_str(b, clean, cn);
        lexb_add(b, clean, cn, LEDE_LEX_REGION, flags, lexb_concept(b), sname, scode, country, LEXB_RANK_ISO);
        /* the subdivision's type is a word that can follow its name */
        if (type && !strchr(type, ' '))
            lexb_add(b, type, strlen(type), LEDE_LEX_REGION_WORD, 0, 0, LEXB_NONE, LEXB_NONE, LEXB_NONE,
                     LEXB_RANK_ISO);
    }
    free(sorted);
    free(rows);
    json_decref(root);
    return true;
}

bool lex_load_iso4217(lexb *b, const char *path)
{
    json_t *root = load_json(b, path, "4217");
    if (!root)
        return false;
    json_t *arr = json_object_get(root, "4217");
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *e = json_array_get(arr, i);
        const char *a3 = jstr(e, "alpha_3"), *name = jstr(e, "name");
        if (!a3 || !name || strlen(a3) != 3 || strchr(name, '(') || strstr(name, "Fund") ||
            strstr(name, "Unit") || strstr(name, "Code"))
            continue; /* fund and accounting units are not spoken of as money */
        uint32_t code = lexb_str(b, a3, 3), sname = str0(b, name), concept = lexb_concept(b);
        lexb_add(b, a3, 3, LEDE_LEX_CURRENCY, 0, concept, sname, code, LEXB_NONE, LEXB_RANK_ISO);
        lexb_add(b, name, strlen(name), LEDE_LEX_CURRENCY, 0, concept, sname, code, LEXB_NONE, LEXB_RANK_ISO);
        char pl[96];
        size_t nn = strlen(name);
        if (nn + 2 < sizeof pl && name[nn - 1] != 's') {
            memcpy(pl, name, nn);
            pl[nn] = 's';
            lexb_add(b, pl, nn + 1, LEDE_LEX_CURRENCY, 0, concept, sname, code, LEXB_NONE, LEXB_RANK_ISO);
        }
        /* the currency's noun on its own ("dollars", "afghanis"): no code,
         * since several currencies share it */
        const char *last = strrchr(name, ' ');
        last = last ? last + 1 : name;
        size_t ln = strlen(last);
        if (last != name && ln > 2 && ln + 2 < sizeof pl) {
            lexb_add(b, last, ln, LEDE_LEX_CURRENCY, 0, 0, LEXB_NONE, LEXB_NONE, LEXB_NONE, LEXB_RANK_DERIVED);
            memcpy(pl, last, ln);
            pl[ln] = 's';
            if (last[ln - 1] != 's')
                lexb_add(b, pl, ln + 1, LEDE_LEX_CURRENCY, 0, 0, LEXB_NONE, LEXB_NONE, LEXB_NONE,
                         LEXB_RANK_DERIVED);
        }
    }
    json_decref(root);
    return true;
}

/* ---- the project's tables ---------------------------------------------------- */

/* Splits a line into up to 3 tab-separated fields; returns the count. */
static int fields(char *line, char **f, size_t *fl)
{
    int k = 0;
    char *p = line;
    while (k < 3) {
        char *t = strchr(p, '\t');
        f[k] = p;
        fl[k] = t ? (size_t)(t - p) : strlen(p);
        k++;
        if (!t)
            break;
        p = t + 1;
    }
    return k;
}

static uint32_t region_concept(lexb *b, const char *code, size_t n, uint32_t *name)
{
    for (size_t i = 0; i < b->n; i++) {
        const lexb_sense *s = &b->senses[i];
        if ((s->classes & LEDE_LEX_REGION) && s->code != LEXB_NONE && strlen(b->pool + s->code) == n &&
            memcmp(b->pool + s->code, code, n) == 0) {
            *name = s->name;
            return s->concept;
        }
    }
    return 0;
}

/* Columns: phrase, then an ISO code (or "-"), then a canonical form (or
 * "canonical" to make this phrase the country's display name). */
static void tsv_line(lexb *b, char **f, size_t *fl, int nf, uint32_t classes, uint32_t *prev_concept,
                     char *prev_name, size_t prev_cap)
{
    const char *code = nf > 1 && fl[1] && !(fl[1] == 1 && f[1][0] == '-') ? f[1] : NULL;
    size_t code_n = code ? fl[1] : 0;
    const char *canon = nf > 2 && fl[2] ? f[2] : NULL;
    size_t canon_n = canon ? fl[2] : 0;
    bool make_canonical = canon && canon_n == 9 && memcmp(canon, "canonical", 9) == 0;
    if (classes == LEDE_LEX_COUNTRY && code) {
        uint32_t scode = lexb_str(b, code, code_n);
        if (code_n > 3 && code[2] == '-') {
            uint32_t name = LEXB_NONE, concept = region_concept(b, code, code_n, &name);
            if (!concept)
                concept = lexb_concept(b);
            lexb_add(b, f[0], fl[0], LEDE_LEX_REGION, LEDE_LEXF_TOPLEVEL, concept, name, scode,
                     lexb_str(b, code, 2), LEXB_RANK_OVERRIDE);
            return;
        }
        lexb_country *c = lexb_country_by_code(b, code, code_n);
        if (!c)
            return;
        if (make_canonical)
            c->name = lexb_str(b, f[0], fl[0]);
        lexb_add(b, f[0], fl[0], LEDE_LEX_COUNTRY, make_canonical ? LEDE_LEXF_CANONICAL : 0, c->concept, c->name,
                 scode, scode, LEXB_RANK_OVERRIDE);
        return;
    }
    if (classes == LEDE_LEX_DEMONYM) {
        lexb_country *c = code ? lexb_country_by_code(b, code, code_n) : NULL;
        uint32_t name = canon ? lexb_str(b, canon, canon_n) : lexb_str(b, f[0], fl[0]);
        uint32_t country = c ? lexb_str(b, c->code, 2) : LEXB_NONE;
        uint32_t concept = c ? c->norp_concept : lexb_concept(b);
        lexb_add(b, f[0], fl[0], LEDE_LEX_DEMONYM, 0, concept, name, country, country, LEXB_RANK_OVERRIDE);
        return;
    }
    /* word classes: lines sharing a canonical form share a concept */
    const char *cf = canon ? canon : f[0];
    size_t cfn = canon ? canon_n : fl[0];
    uint32_t concept;
    if (cfn < prev_cap && strlen(prev_name) == cfn && memcmp(prev_name, cf, cfn) == 0) {
        concept = *prev_concept;
    } else {
        concept = lexb_concept(b);
        size_t k = cfn < prev_cap - 1 ? cfn : prev_cap - 1;
        memcpy(prev_name, cf, k);
        prev_name[k] = '\0';
        *prev_concept = concept;
    }
    lexb_add(b, f[0], fl[0], classes, 0, concept, lexb_str(b, cf, cfn), code ? lexb_str(b, code, code_n) : LEXB_NONE,
             LEXB_NONE, LEXB_RANK_OVERRIDE);
}

bool lex_load_tsv(lexb *b, const char *path, uint32_t classes, bool required)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        if (!required)
            return true;
        return fail(b, "cannot read %s%s; the data directory is incomplete", path, "");
    }
    char line[512], prev[128] = "";
    uint32_t prev_concept = 0;
    while (fgets(line, sizeof line, fp)) {
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        if (!n || line[0] == '#')
            continue;
        char *f[3];
        size_t fl[3];
        int nf = fields(line, f, fl);
        if (!fl[0])
            continue;
        tsv_line(b, f, fl, nf, classes, &prev_concept, prev, sizeof prev);
    }
    fclose(fp);
    return true;
}
