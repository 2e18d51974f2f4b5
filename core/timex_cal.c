/*
 * timex_cal.c - calendar arithmetic for temporal normalisation: civil date
 * <-> day number (H. Hinnant's algorithms, exact for the proleptic Gregorian
 * calendar), weekdays, ISO 8601 weeks, and value formatting.
 * Owned by the timex stage.  Pure functions; thread-safe; no libc time calls
 * (gmtime and friends depend on the process's time zone settings).
 */
#include "timex_cal.h"

/* Bytes a formatter may write, its NUL included (callers' values are 32). */
#define CAL_OUT 32

long lede_cal_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void lede_cal_date(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int lede_cal_weekday(long z)
{
    /* 1970-01-01 was a Thursday (index 3 when Monday is 0) */
    long w = (z + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

void lede_cal_iso_week(int y, int m, int d, int *wy, int *wn)
{
    long z = lede_cal_days(y, m, d);
    /* the Thursday of this week decides the week-numbering year */
    long thu = z - lede_cal_weekday(z) + 3;
    int ty, tm, td;
    lede_cal_date(thu, &ty, &tm, &td);
    long jan1 = lede_cal_days(ty, 1, 1);
    *wy = ty;
    *wn = (int)((thu - jan1) / 7 + 1);
}

int lede_cal_month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 31;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

char *lede_cal_put_int(char *o, char *end, int v, int width)
{
    char tmp[16]; /* a sign and ten digits at most */
    char *e = tmp + sizeof tmp, *p = e;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int room = width - (v < 0); /* zeros pad after the sign */
    while (e - p < room && p > tmp + 1)
        *--p = '0';
    if (v < 0)
        *--p = '-';
    while (p < e && o < end)
        *o++ = *p++;
    return o;
}

char *lede_cal_put_str(char *o, char *end, const char *s)
{
    while (*s && o < end)
        *o++ = *s++;
    return o;
}

char *lede_cal_fmt_day(char *out, int y, int m, int d)
{
    char *end = out + CAL_OUT - 1;
    char *o = lede_cal_put_int(out, end, y, 4);
    o = lede_cal_put_str(o, end, "-");
    o = lede_cal_put_int(o, end, m, 2);
    o = lede_cal_put_str(o, end, "-");
    *lede_cal_put_int(o, end, d, 2) = '\0';
    return out;
}

char *lede_cal_fmt_month(char *out, int y, int m)
{
    char *end = out + CAL_OUT - 1;
    char *o = lede_cal_put_int(out, end, y, 4);
    o = lede_cal_put_str(o, end, "-");
    *lede_cal_put_int(o, end, m, 2) = '\0';
    return out;
}

char *lede_cal_fmt_year(char *out, int y)
{
    *lede_cal_put_int(out, out + CAL_OUT - 1, y, 4) = '\0';
    return out;
}

char *lede_cal_fmt_week(char *out, int y, int m, int d, int shift_weeks)
{
    long z = lede_cal_days(y, m, d) + 7L * shift_weeks;
    int yy, mm, dd, wy, wn;
    lede_cal_date(z, &yy, &mm, &dd);
    lede_cal_iso_week(yy, mm, dd, &wy, &wn);
    char *end = out + CAL_OUT - 1;
    char *o = lede_cal_put_int(out, end, wy, 4);
    o = lede_cal_put_str(o, end, "-W");
    *lede_cal_put_int(o, end, wn, 2) = '\0';
    return out;
}

static char unit_letter(int u)
{
    switch (u) {
    case U_SECOND: return 'S';
    case U_MINUTE: return 'M';
    case U_HOUR: return 'H';
    case U_DAY: return 'D';
    case U_WEEK: return 'W';
    case U_MONTH: return 'M';
    default: return 'Y';
    }
}

/* "P2D", "PT48H", "P10Y" (decades and centuries in years), "PXM" when n < 0. */
char *lede_cal_fmt_duration(char *out, int n, int u)
{
    if (u == U_DECADE || u == U_CENTURY) {
        if (n >= 0)
            n *= u == U_DECADE ? 10 : 100;
        u = U_YEAR;
    }
    char *end = out + CAL_OUT - 1;
    char *o = lede_cal_put_str(out, end, u <= U_HOUR ? "PT" : "P");
    o = n < 0 ? lede_cal_put_str(o, end, "X") : lede_cal_put_int(o, end, n, 0);
    char letter[2] = {unit_letter(u), '\0'};
    *lede_cal_put_str(o, end, letter) = '\0';
    return out;
}
