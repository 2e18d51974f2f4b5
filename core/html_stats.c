/*
 * html_stats.c - text statistics of an htree for extraction: per-run length
 * and commas, per-node sums over the live subtree (text, link text, counts
 * of paragraphs, images, list items...), paragraph segments, node text, and
 * removal that keeps the ancestors' sums right.
 * Lengths are in characters with whitespace collapsed, like Readability's
 * innerText lengths.  Works on one hx_ctx; reentrant.
 */
#include <stdlib.h>
#include <string.h>

#include "html_extract.h"

lede_status hx_alloc(hx_ctx *x)
{
    const lede_htree *t = x->t;
    size_t n = t->n_nodes, r = t->n_runs ? t->n_runs : 1;
    x->n = n;
    x->rm = calloc(n, 1);
    x->dead = calloc(n, 1);
    x->st = calloc(n, sizeof *x->st);
    x->score = calloc(n, sizeof *x->score);
    x->cand = calloc(n, 1);
    x->transparent = calloc(n, 1);
    x->blockdesc = calloc(n, 1);
    x->dtab = calloc(n, 1);
    x->brsplit = calloc(n, 1);
    x->rchars = calloc(r, sizeof *x->rchars);
    x->rcommas = calloc(r, sizeof *x->rcommas);
    x->racommas = calloc(r, sizeof *x->racommas);
    x->segs = calloc(r, sizeof *x->segs);
    x->seg_of_run = calloc(r, sizeof *x->seg_of_run);
    x->art_nodes = calloc(n, sizeof *x->art_nodes);
    x->art_segs = calloc(r, sizeof *x->art_segs);
    x->tmp = malloc(HX_TEXT_MAX);
    if (!x->rm || !x->dead || !x->st || !x->score || !x->cand || !x->transparent || !x->blockdesc || !x->dtab || !x->brsplit ||
        !x->rchars || !x->rcommas || !x->racommas || !x->segs || !x->seg_of_run || !x->art_nodes ||
        !x->art_segs || !x->tmp)
        return LEDE_ERR_NOMEM;
    return LEDE_OK;
}

void hx_free(hx_ctx *x)
{
    free(x->rm); free(x->dead); free(x->st); free(x->score); free(x->cand);
    free(x->transparent); free(x->blockdesc); free(x->dtab); free(x->brsplit); free(x->rchars); free(x->rcommas);
    free(x->racommas); free(x->segs); free(x->seg_of_run); free(x->art_nodes);
    free(x->art_segs); free(x->tmp);
}

/* Whitespace as Readability's \s sees it, in UTF-8: returns its byte
 * length at s[i] or 0. */
static size_t ws_len(const unsigned char *s, size_t i, size_t n)
{
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF))
        return 3; /* U+2000..U+200A, U+202F */
    if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80)
        return 3; /* U+3000 */
    return 0;
}

/* Comma kinds Readability splits on: , U+060C U+FE50 U+FE10 U+FE11 U+2E41
 * U+2E34 U+2E32 U+FF0C. */
static bool is_comma(const unsigned char *s, size_t i, size_t n)
{
    if (s[i] == ',')
        return true;
    if (s[i] == 0xD8 && i + 1 < n && s[i + 1] == 0x8C)
        return true;
    if (i + 2 >= n)
        return false;
    uint32_t c = ((uint32_t)(s[i] & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if ((s[i] & 0xF0) != 0xE0)
        return false;
    return c == 0xFE50 || c == 0xFE10 || c == 0xFE11 || c == 0x2E41 || c == 0x2E34 || c == 0x2E32 ||
           c == 0xFF0C;
}

void hx_measure_runs(hx_ctx *x)
{
    const lede_htree *t = x->t;
    for (size_t r = 0; r < t->n_runs; r++) {
        const unsigned char *s = (const unsigned char *)t->text + t->runs[r].off;
        size_t n = t->runs[r].len, chars = 0, commas = 0, acommas = 0;
        bool pending_space = false;
        for (size_t i = 0; i < n;) {
            size_t w = ws_len(s, i, n);
            if (w) {
                pending_space = chars > 0;
                i += w;
                continue;
            }
            if (pending_space) {
                chars++;
                pending_space = false;
            }
            if (is_comma(s, i, n)) {
                commas++;
                acommas += s[i] == ',';
            }
            if ((s[i] & 0xC0) != 0x80)
                chars++;
            i++;
        }
        x->rchars[r] = (uint32_t)chars;
        x->rcommas[r] = (uint32_t)commas;
        x->racommas[r] = (uint32_t)acommas;
    }
}

void hx_update_dead(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    for (size_t i = 0; i < x->n; i++)
        x->dead[i] = x->rm[i] ? 1 : (nd[i].parent != LEDE_HNONE ? x->dead[nd[i].parent] : 0);
}

static bool is_input(uint8_t tag)
{
    return tag == LEDE_T_INPUT || tag == LEDE_T_SELECT || tag == LEDE_T_TEXTAREA || tag == LEDE_T_BUTTON;
}
static bool is_embed(uint8_t tag)
{
    return tag == LEDE_T_IFRAME || tag == LEDE_T_OBJECT || tag == LEDE_T_EMBED;
}

void hx_compute_stats(hx_ctx *x)
{
    const lede_htree *t = x->t;
    hx_update_dead(x);
    memset(x->st, 0, x->n * sizeof *x->st);
    for (size_t r = 0; r < t->n_runs; r++) {
        const lede_hrun *run = &t->runs[r];
        if (x->dead[run->node])
            continue;
        hx_stat *s = &x->st[run->node];
        uint32_t c = x->rchars[r];
        s->chars += c;
        s->own += c;
        s->commas += x->rcommas[r];
        s->acommas += x->racommas[r];
        if (run->flags & LEDE_HR_LINK)
            s->link10 += c * ((run->flags & LEDE_HR_HASH) ? 3u : 10u);
    }
    for (size_t k = x->n; k-- > 0;) {
        const lede_hnode *nd = &t->nodes[k];
        uint32_t p = nd->parent;
        if (x->dead[k]) {
            /* form controls and embeds are dropped at parse time, but
             * Readability counts them when judging forms */
            if (p != LEDE_HNONE && !x->dead[p] && x->rm[k] == HX_RM_DROP) {
                if (is_input(nd->tag))
                    x->st[p].input++;
                else if (is_embed(nd->tag))
                    x->st[p].embed++;
            }
            continue;
        }
        hx_stat *s = &x->st[k];
        switch (nd->tag) {
        case LEDE_T_P: s->p++; break;
        case LEDE_T_IMG: s->img++; break;
        case LEDE_T_LI: s->li++; break;
        case LEDE_T_TABLE: s->table++; break;
        case LEDE_T_UL: case LEDE_T_OL: s->list = s->chars; break;
        default:
            if (hx_is_heading(nd->tag))
                s->heading = s->chars;
        }
        if (p == LEDE_HNONE)
            continue;
        hx_stat *ps = &x->st[p];
        ps->chars += s->chars; ps->link10 += s->link10; ps->commas += s->commas;
        ps->acommas += s->acommas; ps->p += s->p; ps->img += s->img; ps->li += s->li;
        ps->input += s->input; ps->embed += s->embed; ps->heading += s->heading;
        ps->list += s->list; ps->table += s->table;
    }
}

/* Paragraph segments: consecutive live runs of one block.  Two <br> in a row
 * (whitespace between) also end one, as Readability's _replaceBrs turns
 * "<div>a<br><br>b</div>" into paragraphs; the block is marked brsplit. */
void hx_build_segments(hx_ctx *x)
{
    const lede_htree *t = x->t;
    x->n_segs = 0;
    memset(x->brsplit, 0, x->n);
    hx_seg *cur = NULL;
    bool last_br = false; /* the last non-blank run of cur was a <br> */
    for (size_t r = 0; r < t->n_runs; r++) {
        const lede_hrun *run = &t->runs[r];
        if (x->dead[run->node]) {
            x->seg_of_run[r] = UINT32_MAX;
            continue;
        }
        bool br = run->flags & LEDE_HR_BR;
        bool chain = br && last_br && cur && cur->block == run->block;
        if (!cur || cur->block != run->block || chain) {
            if (chain && run->block != LEDE_HNONE)
                x->brsplit[run->block] = 1;
            cur = &x->segs[x->n_segs++];
            memset(cur, 0, sizeof *cur);
            cur->r0 = (uint32_t)r;
            cur->block = run->block;
            last_br = false;
        }
        if (br)
            last_br = true;
        else if (x->rchars[r])
            last_br = false;
        cur->r1 = (uint32_t)r + 1;
        cur->chars += x->rchars[r];
        cur->commas += x->rcommas[r];
        if (run->flags & LEDE_HR_LINK)
            cur->link10 += x->rchars[r] * ((run->flags & LEDE_HR_HASH) ? 3u : 10u);
        x->seg_of_run[r] = (uint32_t)(x->n_segs - 1);
    }
}

void hx_remove(hx_ctx *x, uint32_t i, uint8_t why)
{
    const lede_hnode *nd = x->t->nodes;
    if (x->rm[i])
        return;
    for (uint32_t a = nd[i].parent; a != LEDE_HNONE; a = nd[a].parent)
        if (x->rm[a]) {
            x->rm[i] = why; /* already gone with an ancestor */
            return;
        }
    x->rm[i] = why;
    x->dead[i] = 1;
    const hx_stat s = x->st[i];
    for (uint32_t a = nd[i].parent; a != LEDE_HNONE; a = nd[a].parent) {
        hx_stat *as = &x->st[a];
        as->chars -= s.chars; as->link10 -= s.link10; as->commas -= s.commas;
        as->acommas -= s.acommas; as->p -= s.p; as->img -= s.img; as->li -= s.li;
        as->input -= s.input; as->embed -= s.embed; as->table -= s.table;
        as->heading = as->heading > s.heading ? as->heading - s.heading : 0;
        as->list = as->list > s.list ? as->list - s.list : 0;
    }
}

/* Appends run text with whitespace collapsed. */
static size_t append_collapsed(const char *s, size_t n, char *out, size_t k, size_t cap, bool *space)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n && k + 4 < cap;) {
        size_t w = ws_len(u, i, n);
        if (w) {
            *space = k > 0;
            i += w;
            continue;
        }
        if (*space) {
            out[k++] = ' ';
            *space = false;
        }
        out[k++] = s[i++];
    }
    return k;
}

size_t hx_runs_text(const hx_ctx *x, uint32_t r0, uint32_t r1, char *out, size_t cap)
{
    const lede_htree *t = x->t;
    size_t k = 0;
    bool space = false;
    for (uint32_t r = r0; r < r1 && k + 4 < cap; r++) {
        const lede_hrun *run = &t->runs[r];
        if (x->dead[run->node])
            continue;
        if (run->flags & LEDE_HR_BR)
            space = k > 0;
        k = append_collapsed(t->text + run->off, run->len, out, k, cap, &space);
    }
    /* do not end inside a UTF-8 sequence when the cap cut the text */
    while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
        k--;
    if (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0xC0)
        k--;
    out[k] = '\0';
    return k;
}

size_t hx_node_text(const hx_ctx *x, uint32_t i, char *out, size_t cap)
{
    const lede_hnode *nd = &x->t->nodes[i];
    return hx_runs_text(x, nd->run_begin, nd->run_end, out, cap);
}

bool hx_has_ancestor(const hx_ctx *x, uint32_t i, uint8_t tag, int max_depth)
{
    const lede_hnode *nd = x->t->nodes;
    int depth = 0;
    for (uint32_t a = nd[i].parent; a != LEDE_HNONE; a = nd[a].parent, depth++) {
        if (max_depth > 0 && depth > max_depth)
            return false;
        if (nd[a].tag == tag)
            return true;
    }
    return false;
}

float hx_link_density(const hx_ctx *x, uint32_t i)
{
    const hx_stat *s = &x->st[i];
    return s->chars ? (float)s->link10 / (10.0f * (float)s->chars) : 0.0f;
}

int hx_weight(const hx_ctx *x, uint32_t i)
{
    return (x->flags & HX_WEIGHT_CLASSES) ? x->t->nodes[i].weight : 0;
}

/* ---- Readability's _textSimilarity --------------------------------------- */

typedef struct tok { const char *p; size_t n; } tok;
enum { SIM_MAX_TOKENS = 256 };

static size_t tokenize(const char *s, size_t n, char *low, tok *toks)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    for (size_t i = 0; i < n && k < SIM_MAX_TOKENS;) {
        unsigned char c = (unsigned char)low[i];
        bool w = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
        if (!w) {
            i++;
            continue;
        }
        size_t b = i;
        while (i < n) {
            c = (unsigned char)low[i];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80))
                break;
            i++;
        }
        toks[k++] = (tok){low + b, i - b};
    }
    return k;
}

double hx_similarity(const char *a, size_t an, const char *b, size_t bn)
{
    enum { CAP = 1024 };
    char la[CAP], lb[CAP];
    tok ta[SIM_MAX_TOKENS], tb[SIM_MAX_TOKENS];
    if (an > CAP) an = CAP;
    if (bn > CAP) bn = CAP;
    size_t na = tokenize(a, an, la, ta), nb = tokenize(b, bn, lb, tb);
    if (!na || !nb)
        return 0;
    size_t all = 0, uniq = 0, nuniq = 0;
    for (size_t i = 0; i < nb; i++) {
        all += tb[i].n;
        bool found = false;
        for (size_t j = 0; j < na && !found; j++)
            found = ta[j].n == tb[i].n && memcmp(ta[j].p, tb[i].p, tb[i].n) == 0;
        if (!found) {
            uniq += tb[i].n;
            nuniq++;
        }
    }
    all += nb - 1;
    if (nuniq)
        uniq += nuniq - 1;
    return 1.0 - (double)uniq / (double)all;
}
