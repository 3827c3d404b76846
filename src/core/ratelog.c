/* The rate limiter for log lines a peer can cause. One list of the kinds with lines held, so a
 * timer can write their summaries; one process has one worker, so statics are enough. Never
 * allocates, never calls PHP. */
#include "ratelog.h"
#include "log.h"
#include "stats.h"

#include <stdarg.h>
#include <stddef.h>

static ws_ratelog *held_kinds;

static void ratelog_summary(ws_ratelog *r, int64_t now)
{
	long long secs = (now - r->logged_ms + 999) / 1000;
	ws_log("... and %llu more %s in the last %lld s", (unsigned long long) r->held, r->what,
	       secs > 0 ? secs : 1);
	r->held = 0;
	r->logged_ms = now;
}

static bool ratelog_due(const ws_ratelog *r, int64_t now)
{
	return !r->logged || now - r->logged_ms >= r->interval_ms;
}

void ws_ratelog_write(ws_ratelog *r, const char *fmt, ...)
{
	int64_t now = ws_now_ms();
	if (r->held == 0 && ratelog_due(r, now)) {
		va_list ap;
		va_start(ap, fmt);
		ws_logv(fmt, ap);
		va_end(ap);
		r->logged = true;
		r->logged_ms = now;
		return;
	}
	r->held++;
	if (ratelog_due(r, now)) {
		ratelog_summary(r, now);
	} else if (!r->listed) {
		r->listed = true;
		r->next_held = held_kinds;
		held_kinds = r;
	}
}

void ws_ratelog_flush(bool all)
{
	int64_t now = ws_now_ms();
	for (ws_ratelog **p = &held_kinds; *p;) {
		ws_ratelog *r = *p;
		if (r->held > 0 && (all || ratelog_due(r, now))) {
			ratelog_summary(r, now);
		}
		if (r->held == 0) {
			*p = r->next_held; /* nothing held: off the list until it holds a line again */
			r->listed = false;
			r->next_held = NULL;
		} else {
			p = &r->next_held;
		}
	}
}
