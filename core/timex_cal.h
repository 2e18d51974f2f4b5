/*
 * timex_cal.h - proleptic Gregorian calendar arithmetic and ISO 8601 value
 * formatting for timex.c (days, ISO weeks, month and year shifts).
 * Owned by the timex stage (events engineer).  Pure functions; thread-safe.
 */
#ifndef LEDE_TIMEX_CAL_H
#define LEDE_TIMEX_CAL_H

#include <stdbool.h>
#include <stddef.h>

/* Days since 1970-01-01 of y-m-d (m 1..12, d 1..31). */
long lede_cal_days(int y, int m, int d);
/* The date of a day number. */
void lede_cal_date(long z, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday. */
int lede_cal_weekday(long z);
/* ISO 8601 week-numbering year and week of y-m-d. */
void lede_cal_iso_week(int y, int m, int d, int *wy, int *wn);
int lede_cal_month_days(int y, int m);

/* Units of counted periods. */
enum { U_NONE, U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY };

/* Writers of a value's pieces without snprintf (its format parsing was
 * most of the cost of a value): each writes into [o, end) what fits, as
 * snprintf would into a buffer whose last byte is `end` (kept for the
 * NUL), and returns where it stopped; the caller then writes *o = '\0'.
 * lede_cal_put_int is printf's "%0*d" (a '-' first, then zeros to `width`
 * bytes in all). */
char *lede_cal_put_int(char *o, char *end, int v, int width);
char *lede_cal_put_str(char *o, char *end, const char *s);

/* Formatters; out holds at least 32 bytes.  Each returns out. */
char *lede_cal_fmt_day(char *out, int y, int m, int d);
char *lede_cal_fmt_month(char *out, int y, int m);
char *lede_cal_fmt_year(char *out, int y);
char *lede_cal_fmt_week(char *out, int y, int m, int d, int shift_weeks);

/* "P2D", "PT48H", "P10Y" (decades and centuries in years), "PXM" when n < 0. */
char *lede_cal_fmt_duration(char *out, int n, int u);

#endif
