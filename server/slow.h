/*
 * slow.h - cuts clients that take too long to send a request (slowloris).
 *
 * libmicrohttpd's connection timeout only measures silence: a client that
 * trickles one byte every half second keeps a connection (and a slot of
 * --max-connections) forever.  Here every connection has a deadline while it
 * is sending a request: request-timeout seconds from its request line, or
 * connection-timeout + request-timeout from its accept or its previous answer
 * (so a request line trickled byte by byte is cut too).  The deadline is
 * lifted once the body is complete; analysis time is --deadline-ms's business.
 * A sweeper thread shuts down the socket of a connection past its deadline;
 * libmicrohttpd then sees the end of the stream and closes the connection.
 *
 * Threads: the notify/arm functions run on the MHD thread; the sweeper on its
 * own; one mutex guards the list of connections.
 */
#ifndef LEDE_SRV_SLOW_H
#define LEDE_SRV_SLOW_H

#include <microhttpd.h>

typedef struct lede_srv_slow lede_srv_slow;

/* NULL when request_s is 0 (no limit); every function below accepts NULL. */
lede_srv_slow *lede_srv_slow_new(unsigned idle_s, unsigned request_s);
/* Stops the sweeper; call after MHD_stop_daemon. */
void lede_srv_slow_free(lede_srv_slow *sl);

/* MHD_OPTION_NOTIFY_CONNECTION callback; cls is the lede_srv_slow. */
void lede_srv_slow_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe);
/* The request line has arrived: request_s from now. */
void lede_srv_slow_request_line(lede_srv_slow *sl, struct MHD_Connection *conn);
/* The request is complete (body read): no deadline. */
void lede_srv_slow_request_read(lede_srv_slow *sl, struct MHD_Connection *conn);
/* The answer was sent, the connection may carry another request. */
void lede_srv_slow_request_end(lede_srv_slow *sl, struct MHD_Connection *conn);

#endif
