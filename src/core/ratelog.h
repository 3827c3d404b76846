/* Log lines a peer can cause as often as it likes (a bad request, a refused connection, a full
 * descriptor table): each kind writes at most one line per interval; the lines held back meanwhile
 * are counted and written as one summary line once the interval has passed. */
#ifndef WS_CORE_RATELOG_H
#define WS_CORE_RATELOG_H

#include <stdbool.h>
#include <stdint.h>

typedef struct ws_ratelog {
	const char *what;             /* ro: names the held lines in the summary, e.g. "bad requests" */
	int64_t interval_ms;          /* ro: at most one line per this many ms */
	int64_t logged_ms;            /* when the last line or summary was written */
	bool logged;                  /* a line was written once (logged_ms is meaningful) */
	bool listed;                  /* in the list of kinds with lines held */
	uint64_t held;                /* lines held back since logged_ms */
	struct ws_ratelog *next_held; /* that list */
} ws_ratelog;

/* One kind of line, kept in a static, e.g. WS_RATELOG("bad requests", 1000). */
#define WS_RATELOG(what_, interval_ms_)                                                            \
	{                                                                                              \
		(what_), (interval_ms_), 0, false, false, 0, NULL                                          \
	}

/* Write the line unless a line of this kind was written within the interval; then count it. A
 * count held since an interval that has passed is written as the summary instead (the line itself
 * is counted in it). Never calls PHP. */
void ws_ratelog_write(ws_ratelog *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Write "... and N more <what> in the last S s" for each kind whose interval has passed with
 * lines held (every kind with lines held when all is true: the process is ending). Call it from a
 * timer about once a second. Never calls PHP. */
void ws_ratelog_flush(bool all);

#endif
