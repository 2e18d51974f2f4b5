/*
 * job.c - one analysis on a worker thread: build the lede_request (decode
 * JSON, or the raw body plus query options), analyse, render, copy the
 * answer into the request (gzip-compressed when the client accepts it);
 * then (lede_srv_job_done) resume its connection.
 *
 * Runs on a pool worker with that worker's workspace.  The request is the
 * worker's alone between the MHD thread's push and MHD_resume_connection();
 * after the resume it must not be touched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compress.h"
#include "http.h"
#include "log.h"

static lede_status run(lede_srv_req *rq, lede_workspace *ws)
{
    int64_t now_ms = lede_srv_now_us() / 1000;
    if (rq->deadline_ms && now_ms > rq->deadline_ms) {
        snprintf(rq->result_detail, sizeof rq->result_detail,
                 "the request waited in the queue past its %u ms deadline; retry when the server is less busy",
                 rq->srv->cfg->deadline_ms);
        return LEDE_ERR_DEADLINE;
    }
    lede_workspace_reset(ws);
    lede_request req;
    lede_status st;
    if (rq->kind == BODY_JSON) {
        st = lede_request_from_json(ws, rq->body ? rq->body : "", rq->body_n, 0, &req);
        if (st != LEDE_OK)
            return st;
    } else {
        lede_request_init(&req);
        req.body = (lede_str){rq->body ? rq->body : "", rq->body_n};
        req.input = rq->kind == BODY_HTML ? LEDE_INPUT_HTML : rq->kind == BODY_XML ? LEDE_INPUT_XML : LEDE_INPUT_TEXT;
        req.offsets = rq->offsets;
        req.features = rq->features;
        req.title = (lede_str){rq->title, rq->title_n};
        req.id = (lede_str){rq->doc_id, rq->doc_id_n};
        req.published_at = (lede_str){rq->published_at, rq->published_at_n};
    }
    req.deadline_ms = rq->deadline_ms;
    req.cancel = &rq->srv->cancel;
    const lede_result *res;
    st = lede_analyze(ws, &req, &res);
    if (st != LEDE_OK)
        return st;
    const char *json;
    size_t len;
    st = lede_render(ws, res, LEDE_FORMAT_API, &json, &len);
    if (st != LEDE_OK)
        return st;
    /* compressed here, not on the MHD thread, which serves everyone */
    if (lede_srv_want_gzip(rq, "application/json", len)) {
        size_t gz_len;
        char *gz = lede_srv_gzip(json, len, (int)rq->srv->cfg->compress_level, &gz_len);
        if (gz) {
            rq->result_json = gz;
            rq->result_len = gz_len;
            rq->result_gzip = true;
            return LEDE_OK;
        }
    }
    rq->result_json = malloc(len ? len : 1);
    if (!rq->result_json) {
        snprintf(rq->result_detail, sizeof rq->result_detail,
                 "out of memory copying a %zu byte response; retry later", len);
        return LEDE_ERR_NOMEM;
    }
    memcpy(rq->result_json, json, len);
    rq->result_len = len;
    return LEDE_OK;
}

void lede_srv_job_run(void *job, lede_workspace *ws)
{
    lede_srv_req *rq = job;
    int64_t t0 = lede_srv_now_us();
    rq->result_detail[0] = '\0';
    lede_status st = run(rq, ws);
    if (st != LEDE_OK && !rq->result_detail[0])
        snprintf(rq->result_detail, sizeof rq->result_detail, "%s", lede_workspace_error(ws));
    if (st == LEDE_ERR_MODEL || st == LEDE_ERR_IO || st == LEDE_ERR_INTERNAL) {
        /* a 5xx from the core is a bug or a broken install: say so loudly */
        lede_srv_logline l;
        if (lede_srv_log_begin(&l, LEDE_LOG_ERROR, "analysis failed")) {
            lede_srv_log_str(&l, "id", rq->id);
            lede_srv_log_str(&l, "error", lede_status_code(st));
            lede_srv_log_str(&l, "detail", rq->result_detail);
            lede_srv_log_end(&l);
        }
    }
    lede_srv_metrics_analysis(lede_srv_now_us() - t0, (int)st);
    /* the body is not needed any more; free it now rather than after the
     * response has been sent */
    free(rq->body);
    rq->body = NULL;
    rq->result = st;
    rq->state = RQ_DONE;
}

void lede_srv_job_done(void *job)
{
    lede_srv_req *rq = job;
    MHD_resume_connection(rq->conn); /* rq belongs to the MHD thread from here */
}
