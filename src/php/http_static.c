/* Static files over HTTP: the handler a Server's set() (document_root, enable_static_handler,
 * static_handler_locations, http_index_files, http_autoindex) or a Worker's $staticHandler
 * configures, which answers from C, before any PHP runs; and the validators, Range and HEAD
 * of the file replies the application makes (withFile(), sendfile()).
 * Never a file outside the root: the request path is decoded and refused when it climbs
 * (".."), and the file is opened beneath the root with openat2(RESOLVE_BENEATH), or checked
 * with realpath() against the root when a symlink leads elsewhere or the kernel lacks it. */
#include "http_static.h"
#include "tcp_connection.h"
#include "core/worker.h"
#include "proto/http.h"
#include "proto/mime.h"

#include "ext/pcre/php_pcre.h"
#include "zend_smart_str.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/syscall.h>
#include <unistd.h>

struct wserver_http_static {
	char *root; /* realpath of document_root, no trailing slash (but "/") */
	size_t root_len;
	int root_fd;      /* opened on first use in each worker; -1: not yet */
	char **locations; /* URL prefixes served (matched without letter case); none: all */
	uint32_t nlocations;
	char **index; /* file names tried in a directory, in order */
	uint32_t nindex;
	bool autoindex;                    /* a directory without an index file is listed */
	char **rewrite_from, **rewrite_to; /* url_rewrite_rules, in order */
	uint32_t nrewrite;
};

static const char *const option_names[] = {
    "document_root",    "enable_static_handler", "static_handler_locations",
    "http_index_files", "http_autoindex",        "url_rewrite_rules"};

bool wserver_http_static_is_option(zend_string *name)
{
	for (size_t i = 0; i < sizeof(option_names) / sizeof(option_names[0]); i++) {
		if (zend_string_equals_cstr(name, option_names[i], strlen(option_names[i]))) {
			return true;
		}
	}
	return false;
}

const char *wserver_http_static_check(zend_string *name, zval *v, char *buf, size_t buflen)
{
	ZVAL_DEREF(v);
	if (zend_string_equals_literal(name, "document_root")) {
		if (Z_TYPE_P(v) != IS_STRING) {
			snprintf(buf, buflen, "option \"document_root\" must be string, %s given",
			         zend_zval_type_name(v));
			return buf;
		}
		struct stat st;
		if (Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) >= PATH_MAX || stat(Z_STRVAL_P(v), &st) != 0 ||
		    !S_ISDIR(st.st_mode)) {
			snprintf(buf, buflen, "option \"document_root\": %s is not a directory", Z_STRVAL_P(v));
			return buf;
		}
		return NULL;
	}
	if (zend_string_equals_literal(name, "static_handler_locations") ||
	    zend_string_equals_literal(name, "http_index_files")) {
		if (Z_TYPE_P(v) != IS_ARRAY) {
			snprintf(buf, buflen, "option \"%s\" must be array, %s given", ZSTR_VAL(name),
			         zend_zval_type_name(v));
			return buf;
		}
		zval *each;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), each) {
			ZVAL_DEREF(each);
			if (Z_TYPE_P(each) != IS_STRING) {
				snprintf(buf, buflen, "option \"%s\" must be a list of strings, %s found",
				         ZSTR_VAL(name), zend_zval_type_name(each));
				return buf;
			}
			if (zend_string_equals_literal(name, "http_index_files") &&
			    (memchr(Z_STRVAL_P(each), '/', Z_STRLEN_P(each)) ||
			     zend_string_equals_literal(Z_STR_P(each), ".."))) {
				snprintf(buf, buflen, "option \"http_index_files\": \"%s\" is not a file name",
				         Z_STRVAL_P(each));
				return buf;
			}
		}
		ZEND_HASH_FOREACH_END();
		return NULL;
	}
	if (zend_string_equals_literal(name, "url_rewrite_rules")) {
		zend_string *from;
		zval *to;
		if (Z_TYPE_P(v) != IS_ARRAY) {
			snprintf(buf, buflen, "option \"url_rewrite_rules\" must be array, %s given",
			         zend_zval_type_name(v));
			return buf;
		}
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), from, to) {
			ZVAL_DEREF(to);
			if (!from || Z_TYPE_P(to) != IS_STRING) {
				snprintf(buf, buflen,
				         "option \"url_rewrite_rules\" must map URL patterns to "
				         "strings");
				return buf;
			}
		}
		ZEND_HASH_FOREACH_END();
		return NULL;
	}
	/* enable_static_handler, http_autoindex: any value, read as a bool (as Swoole reads them) */
	return NULL;
}

/* The strings of list (the ones keep() accepts) as a malloc'd array. */
static char **string_list(zval *list, bool (*keep)(zend_string *), uint32_t *n)
{
	*n = 0;
	if (!list || Z_TYPE_P(list) != IS_ARRAY) {
		return NULL;
	}
	char **out = calloc(zend_hash_num_elements(Z_ARRVAL_P(list)) + 1, sizeof(char *));
	zval *each;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), each) {
		ZVAL_DEREF(each);
		if (out && Z_TYPE_P(each) == IS_STRING && keep(Z_STR_P(each))) {
			out[(*n)++] = strdup(Z_STRVAL_P(each));
		}
	}
	ZEND_HASH_FOREACH_END();
	return out;
}

/* As Swoole: a location must start with a slash, an index file name must not be empty. */
static bool is_location(zend_string *s)
{
	return ZSTR_LEN(s) > 0 && ZSTR_VAL(s)[0] == '/';
}
static bool is_index_name(zend_string *s)
{
	return ZSTR_LEN(s) > 0;
}

wserver_http_static *wserver_http_static_new(HashTable *opts, bool need_enable, char *err,
                                             size_t errlen)
{
	err[0] = '\0';
	zval *enable = zend_hash_str_find_deref(opts, ZEND_STRL("enable_static_handler"));
	if (enable ? !zend_is_true(enable) : need_enable) {
		return NULL;
	}
	zend_string *name;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, v) {
		if (name && wserver_http_static_is_option(name) &&
		    wserver_http_static_check(name, v, err, errlen)) {
			return NULL;
		}
	}
	ZEND_HASH_FOREACH_END();
	zval *root = zend_hash_str_find_deref(opts, ZEND_STRL("document_root"));
	if (!root) {
		snprintf(err, errlen, "the static handler needs document_root");
		return NULL;
	}
	char real[PATH_MAX];
	if (!realpath(Z_STRVAL_P(root), real)) {
		snprintf(err, errlen, "document_root %s: %s", Z_STRVAL_P(root), strerror(errno));
		return NULL;
	}
	wserver_http_static *s = calloc(1, sizeof(*s));
	if (!s) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	s->root = strdup(real);
	s->root_len = strlen(real);
	s->root_fd = -1;
	s->locations =
	    string_list(zend_hash_str_find_deref(opts, ZEND_STRL("static_handler_locations")),
	                is_location, &s->nlocations);
	s->index = string_list(zend_hash_str_find_deref(opts, ZEND_STRL("http_index_files")),
	                       is_index_name, &s->nindex);
	zval *autoindex = zend_hash_str_find_deref(opts, ZEND_STRL("http_autoindex"));
	s->autoindex = autoindex && zend_is_true(autoindex);
	zval *rules = zend_hash_str_find_deref(opts, ZEND_STRL("url_rewrite_rules"));
	if (rules && Z_TYPE_P(rules) == IS_ARRAY) {
		uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(rules));
		s->rewrite_from = calloc(n + 1, sizeof(char *));
		s->rewrite_to = calloc(n + 1, sizeof(char *));
		zend_string *from;
		zval *to;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(rules), from, to) {
			ZVAL_DEREF(to);
			if (s->rewrite_from && s->rewrite_to && from && Z_TYPE_P(to) == IS_STRING) {
				s->rewrite_from[s->nrewrite] = strdup(ZSTR_VAL(from));
				s->rewrite_to[s->nrewrite++] = strdup(Z_STRVAL_P(to));
			}
		}
		ZEND_HASH_FOREACH_END();
	}
	return s;
}

static void free_list(char **list, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		free(list[i]);
	}
	free(list);
}

void wserver_http_static_free(wserver_http_static *s)
{
	if (!s) {
		return;
	}
	if (s->root_fd >= 0) {
		close(s->root_fd);
	}
	free(s->root);
	free_list(s->locations, s->nlocations);
	free_list(s->index, s->nindex);
	free_list(s->rewrite_from, s->nrewrite);
	free_list(s->rewrite_to, s->nrewrite);
	free(s);
}

/* ---- finding the file ---- */

/* openat2() works here: 1 yes, -1 no (an old kernel, a seccomp filter), 0 not tried yet */
static int have_openat2;

#define OPEN_FLAGS (O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) /* a FIFO must not block */

/* The root's descriptor in this process, opened on first use. */
static int root_fd(wserver_http_static *s)
{
	if (s->root_fd < 0) {
		s->root_fd = open(s->root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	}
	return s->root_fd;
}

/* rel under the root by realpath(): what a symlink leads to must lie inside the root. */
static int open_checked(wserver_http_static *s, const char *rel, int *status)
{
	char full[PATH_MAX], real[PATH_MAX];
	if ((size_t) snprintf(full, sizeof(full), "%s/%s", s->root, rel) >= sizeof(full)) {
		*status = 404;
		return -1;
	}
	if (!realpath(full, real)) {
		*status = errno == EACCES || errno == ELOOP ? 403 : 404;
		return -1;
	}
	bool inside = s->root_len == 1 || (strncmp(real, s->root, s->root_len) == 0 &&
	                                   (real[s->root_len] == '/' || real[s->root_len] == '\0'));
	if (!inside) {
		*status = 403;
		return -1;
	}
	int fd = open(real, OPEN_FLAGS);
	if (fd < 0) {
		*status = errno == ENOENT || errno == ENOTDIR ? 404 : 403;
	}
	return fd;
}

/* Open rel (relative, "" for the root) beneath the root: a descriptor, or -1 with the answer
 * it deserves in *status (404 missing, 403 unreadable or leading out of the root). */
static int open_in_root(wserver_http_static *s, const char *rel, int *status)
{
	const char *path = rel[0] ? rel : ".";
	int dir = root_fd(s);
	if (dir < 0) {
		*status = 404;
		return -1;
	}
	if (have_openat2 >= 0) {
		/* one call: the kernel refuses any step out of the root (EXDEV) */
		struct open_how how = {.flags = OPEN_FLAGS,
		                       .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};
		int fd = (int) syscall(SYS_openat2, dir, path, &how, sizeof(how));
		if (fd >= 0) {
			have_openat2 = 1;
			return fd;
		}
		if (errno == ENOSYS || (errno == EPERM && have_openat2 == 0) || errno == E2BIG) {
			have_openat2 = -1;
		} else if (errno == ENOENT || errno == ENOTDIR || errno == ENAMETOOLONG) {
			*status = 404;
			return -1;
		} else if (errno != EXDEV) {
			*status = 403;
			return -1;
		}
		/* EXDEV: a symlink climbs out or is absolute; realpath() tells where it ends */
	}
	return open_checked(s, rel, status);
}

/* ---- the head of a reply ---- */

/* "Date: ..." for this second. */
static const char *date_now(void)
{
	static time_t made;
	static char date[32];
	time_t now = time(NULL);
	if (now != made || !date[0]) {
		ws_http_date_format(now, date);
		made = now;
	}
	return date;
}

/* The start of every head: status line, Server, Date, Connection. */
static size_t head_start(char *out, size_t outlen, int status, bool keep_alive)
{
	int n =
	    snprintf(out, outlen, "HTTP/1.1 %d %s\r\nServer: wserver\r\nDate: %s\r\nConnection: %s\r\n",
	             status, ws_http_reason(status), date_now(), keep_alive ? "keep-alive" : "close");
	return n > 0 && (size_t) n < outlen ? (size_t) n : 0;
}

/* The reply is out: the next request may be answered; close when asked. */
static void replied(ws_conn *c, bool keep_alive)
{
	ws_conn_replied(c);
	if (!keep_alive) {
		ws_conn_close(c);
	}
}

/* 403 or 404 with a short page (none for HEAD). */
static void send_error(ws_conn *c, int status, bool keep_alive, bool head_only)
{
	char buf[512], page[96];
	int plen = snprintf(page, sizeof(page), "<html><body><h1>%d %s</h1></body></html>", status,
	                    ws_http_reason(status));
	size_t n = head_start(buf, sizeof(buf), status, keep_alive);
	n += (size_t) snprintf(buf + n, sizeof(buf) - n,
	                       "Content-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", plen,
	                       head_only ? "" : page);
	ws_conn_send(c, buf, n, NULL, 0, NULL, NULL, NULL, 0);
	replied(c, keep_alive);
}

/* ---- a directory: its index file or its listing ---- */

static void html_escape(smart_str *s, const char *p)
{
	for (; *p; p++) {
		switch (*p) {
		case '&':
			smart_str_appendl(s, "&amp;", 5);
			break;
		case '<':
			smart_str_appendl(s, "&lt;", 4);
			break;
		case '>':
			smart_str_appendl(s, "&gt;", 4);
			break;
		case '"':
			smart_str_appendl(s, "&quot;", 6);
			break;
		case '\'':
			smart_str_appendl(s, "&#39;", 5);
			break;
		default:
			smart_str_appendc(s, *p);
		}
	}
}

/* Percent-encode p for a URL path (slash: keep slashes). */
static void url_escape(smart_str *s, const char *p, bool slash)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *p; p++) {
		unsigned char c = (unsigned char) *p;
		if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || (slash && c == '/')) {
			smart_str_appendc(s, (char) c);
		} else {
			smart_str_appendc(s, '%');
			smart_str_appendc(s, hex[c >> 4]);
			smart_str_appendc(s, hex[c & 15]);
		}
	}
}

static int name_order(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The listing of the directory fd (taken) as an HTML page, its names sorted; NULL when it
 * cannot be read. url_path: the decoded path, without leading slash. */
static zend_string *listing(int fd, const char *url_path)
{
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return NULL;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' &&
		    (e->d_name[1] == '\0' || (e->d_name[1] == '.' && !e->d_name[2]))) {
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = erealloc(names, cap * sizeof(char *));
		}
		size_t len = strlen(e->d_name);
		bool is_dir = e->d_type == DT_DIR;
		char *name = emalloc(len + 2);
		memcpy(name, e->d_name, len);
		name[len] = is_dir ? '/' : '\0';
		name[len + 1] = '\0';
		names[n++] = name;
	}
	closedir(d);
	if (n > 0) {
		qsort(names, n, sizeof(char *), name_order);
	}
	smart_str s = {0};
	smart_str_appends(&s, "<html>\n<head><meta charset=\"UTF-8\"><title>Index of /");
	html_escape(&s, url_path);
	smart_str_appends(&s, "</title></head>\n<body>\n<h1>Index of /");
	html_escape(&s, url_path);
	smart_str_appends(&s, "</h1>\n<ul>\n");
	if (url_path[0]) {
		/* the parent, absolute too */
		const char *last = strrchr(url_path, '/');
		smart_str_appends(&s, "<li><a href=\"/");
		if (last) {
			char *parent = estrndup(url_path, (size_t) (last - url_path));
			url_escape(&s, parent, true);
			smart_str_appendc(&s, '/');
			efree(parent);
		}
		smart_str_appends(&s, "\">../</a></li>\n");
	}
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(names[i]);
		bool is_dir = len > 0 && names[i][len - 1] == '/';
		if (is_dir) {
			names[i][len - 1] = '\0';
		}
		/* absolute: the directory's URL may lack its final slash */
		smart_str_appends(&s, "<li><a href=\"/");
		if (url_path[0]) {
			url_escape(&s, url_path, true);
			smart_str_appendc(&s, '/');
		}
		url_escape(&s, names[i], false);
		smart_str_appends(&s, is_dir ? "/\">" : "\">");
		html_escape(&s, names[i]);
		smart_str_appends(&s, is_dir ? "/</a></li>\n" : "</a></li>\n");
		efree(names[i]);
	}
	if (names) {
		efree(names);
	}
	smart_str_appends(&s, "</ul>\n</body>\n</html>\n");
	smart_str_0(&s);
	return s.s;
}

/* ---- answering ---- */

/* The headers of a reply from a file: validators and range, after head_start(). */
static size_t file_headers(char *out, size_t outlen, const ws_http_file_plan *plan,
                           const char *type, const char *etag, time_t mtime, uint64_t size)
{
	char lm[32];
	ws_http_date_format(mtime, lm);
	int n;
	if (plan->status == 304) {
		n = snprintf(out, outlen, "Last-Modified: %s\r\nETag: %s\r\n\r\n", lm, etag);
	} else if (plan->status == 416) {
		n = snprintf(out, outlen,
		             "Content-Type: %s\r\nContent-Length: 0\r\nContent-Range: bytes */%llu\r\n"
		             "Last-Modified: %s\r\nETag: %s\r\n\r\n",
		             type, (unsigned long long) size, lm, etag);
	} else if (plan->status == 206) {
		n = snprintf(out, outlen,
		             "Content-Type: %s\r\nContent-Length: %llu\r\n"
		             "Content-Range: bytes %llu-%llu/%llu\r\nLast-Modified: %s\r\nETag: %s\r\n\r\n",
		             type, (unsigned long long) plan->len, (unsigned long long) plan->from,
		             (unsigned long long) (plan->from + plan->len - 1), (unsigned long long) size,
		             lm, etag);
	} else {
		n = snprintf(out, outlen,
		             "Content-Type: %s\r\nContent-Length: %llu\r\nLast-Modified: %s\r\n"
		             "ETag: %s\r\nAccept-Ranges: bytes\r\n\r\n",
		             type, (unsigned long long) plan->len, lm, etag);
	}
	return n > 0 && (size_t) n < outlen ? (size_t) n : 0;
}

/* Files up to this size are read and sent with their head; larger ones go with sendfile(). */
#define SMALL_FILE 4096

/* Send the regular file fd (taken) as the reply to q. */
static void send_file(ws_conn *c, int fd, const struct stat *st, const char *type,
                      const ws_http_cond *q, bool keep_alive)
{
	char etag[48], head[1024 + SMALL_FILE];
	size_t elen = ws_http_etag(st->st_mtime, (uint64_t) st->st_size, etag);
	ws_http_file_plan plan;
	ws_http_file_decide(q, (uint64_t) st->st_size, etag, elen, st->st_mtime, &plan);
	size_t n = head_start(head, sizeof(head), plan.status, keep_alive);
	n += file_headers(head + n, sizeof(head) - n, &plan, type, etag, st->st_mtime,
	                  (uint64_t) st->st_size);
	if (plan.body && plan.len > 0 && plan.len <= SMALL_FILE && n + plan.len <= sizeof(head) &&
	    pread(fd, head + n, plan.len, (off_t) plan.from) == (ssize_t) plan.len) {
		/* a small file leaves in one write with its head: one segment, not two */
		close(fd);
		ws_conn_send(c, head, n + (size_t) plan.len, NULL, 0, NULL, NULL, NULL, 0);
	} else if (plan.body && plan.len > 0) {
		ws_conn_send_file(c, head, n, fd, (off_t) plan.from, (size_t) plan.len);
	} else {
		close(fd);
		ws_conn_send(c, head, n, NULL, 0, NULL, NULL, NULL, 0);
	}
	replied(c, keep_alive);
}

/* A directory (fd, taken): its first index file, else its listing; false when neither
 * (the callback answers, as in Swoole). */
static bool serve_dir(wserver_http_static *s, ws_conn *c, int fd, const char *rel, size_t rel_len,
                      const ws_http_cond *q, bool keep_alive)
{
	char path[PATH_MAX];
	for (uint32_t i = 0; i < s->nindex; i++) {
		if ((size_t) snprintf(path, sizeof(path), "%s%s%s", rel, rel_len ? "/" : "", s->index[i]) >=
		    sizeof(path)) {
			continue;
		}
		int status, ffd = open_in_root(s, path, &status);
		struct stat st;
		if (ffd < 0) {
			continue;
		}
		if (fstat(ffd, &st) != 0 || !S_ISREG(st.st_mode)) {
			close(ffd);
			continue;
		}
		close(fd);
		send_file(c, ffd, &st, ws_mime_type(s->index[i], strlen(s->index[i])), q, keep_alive);
		return true;
	}
	if (!s->autoindex) {
		close(fd);
		return false;
	}
	zend_string *page = listing(fd, rel);
	if (!page) {
		send_error(c, 403, keep_alive, q->head);
		return true;
	}
	char head[512];
	size_t n = head_start(head, sizeof(head), 200, keep_alive);
	n += (size_t) snprintf(head + n, sizeof(head) - n,
	                       "Content-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n\r\n",
	                       ZSTR_LEN(page));
	ws_conn_send(c, head, n, ZSTR_VAL(page), q->head ? 0 : ZSTR_LEN(page), page, &wserver_zstr_ops,
	             NULL, 0);
	zend_string_release(page);
	replied(c, keep_alive);
	return true;
}

/* Whether target starts with one of the locations (letter case ignored, as Swoole). */
static bool in_location(const wserver_http_static *s, const ws_http_span *target)
{
	for (uint32_t i = 0; i < s->nlocations; i++) {
		size_t n = strlen(s->locations[i]);
		if (target->len >= n && strncasecmp(target->p, s->locations[i], n) == 0) {
			return true;
		}
	}
	return false;
}

/* url_rewrite_rules, as Swoole applies them: the first rule that changes the URL wins; a
 * pattern between ~ is a regular expression whose matches are replaced ($1...), any other a
 * prefix replaced by its string. The result goes to buf, *t then points at it. */
static void rewrite(const wserver_http_static *s, ws_http_span *t, char *buf, size_t buflen)
{
	for (uint32_t i = 0; i < s->nrewrite; i++) {
		const char *from = s->rewrite_from[i], *to = s->rewrite_to[i];
		size_t fl = strlen(from), tl = strlen(to);
		if (fl < 2 || from[0] != '~' || from[fl - 1] != '~') {
			if (t->len >= fl && memcmp(t->p, from, fl) == 0 && tl + t->len - fl < buflen) {
				memmove(buf + tl, t->p + fl, t->len - fl);
				memcpy(buf, to, tl);
				*t = (ws_http_span){buf, tl + t->len - fl};
				return;
			}
			continue;
		}
		zend_string *re = zend_string_init(from, fl, 0);
		zend_string *subject = zend_string_init(t->p, t->len, 0);
		zend_string *with = zend_string_init(to, tl, 0);
		size_t count = 0;
		zend_string *out = php_pcre_replace(re, subject, ZSTR_VAL(subject), ZSTR_LEN(subject), with,
		                                    (size_t) -1, &count);
		bool changed =
		    out && count > 0 && !zend_string_equals(out, subject) && ZSTR_LEN(out) < buflen;
		if (changed) {
			memcpy(buf, ZSTR_VAL(out), ZSTR_LEN(out));
			*t = (ws_http_span){buf, ZSTR_LEN(out)};
		}
		if (out) {
			zend_string_release(out);
		}
		zend_string_release(re);
		zend_string_release(subject);
		zend_string_release(with);
		if (changed) {
			return;
		}
	}
}

bool wserver_http_static_serve(wserver_http_static *s, ws_conn *c, const char *data, size_t len,
                               bool keep_alive)
{
	ws_http_head h;
	if (ws_http_parse_head(data, len, ws_http_default_limits(), &h) <= 0) {
		return false;
	}
	ws_http_cond q;
	ws_http_cond_from(&h, &q);
	/* GET and HEAD without a body (Swoole takes any method without one) */
	if ((!q.get && !q.head) || h.content_length > 0 || h.chunked) {
		return false;
	}
	/* with locations, only their URLs are static, and a miss there is a 404 (Swoole's rule);
	 * without, every URL is tried and a miss goes to the callback */
	char rewritten[PATH_MAX];
	rewrite(s, &h.target, rewritten, sizeof(rewritten));
	bool located = s->nlocations > 0;
	if (located && !in_location(s, &h.target)) {
		return false;
	}
	keep_alive = keep_alive && !c->worker->draining;
	char rel[PATH_MAX];
	size_t rel_len;
	bool dir_url;
	switch (ws_http_path_decode(h.target.p, h.target.len, rel, sizeof(rel), &rel_len, &dir_url)) {
	case WS_PATH_FORBIDDEN:
		send_error(c, 403, keep_alive, q.head);
		return true;
	case WS_PATH_NO_FILE:
		if (located) {
			send_error(c, 404, keep_alive, q.head);
		}
		return located;
	case WS_PATH_OK:
		break;
	}
	int status;
	int fd = open_in_root(s, rel, &status);
	if (fd < 0) {
		if (status == 403 || located) {
			send_error(c, status, keep_alive, q.head);
			return true;
		}
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return false;
	}
	if (S_ISDIR(st.st_mode)) {
		return serve_dir(s, c, fd, rel, rel_len, &q, keep_alive);
	}
	/* without locations, a file whose type is not known is left to the application (Swoole's
	 * rule: a .php file under the root is never sent as bytes) */
	const char *type = ws_mime_find(rel, rel_len);
	if (!S_ISREG(st.st_mode) || (!type && !located)) {
		close(fd);
		return false;
	}
	send_file(c, fd, &st, type ? type : "application/octet-stream", &q, keep_alive);
	return true;
}

/* ---- withFile() / sendfile() replies ---- */

static bool has_key(HashTable *h, const char *name, zval **value)
{
	zend_string *key;
	zval *v;
	ZEND_HASH_FOREACH_STR_KEY_VAL(h, key, v) {
		if (key && !zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name))) {
			*value = v;
			return true;
		}
	}
	ZEND_HASH_FOREACH_END();
	return false;
}

static void set_header(HashTable *h, const char *name, const char *value, size_t len)
{
	zval v;
	ZVAL_STRINGL(&v, value, len);
	zend_hash_str_update(h, name, strlen(name), &v);
}

void wserver_http_static_file_reply(HashTable *h, const char *req, size_t req_len,
                                    const struct stat *st, zend_long status, uint64_t from,
                                    uint64_t n, bool part_206, ws_http_file_plan *plan)
{
	uint64_t size = (uint64_t) st->st_size;
	ws_http_cond q = {0};
	ws_http_head head;
	if (req && ws_http_parse_head(req, req_len, ws_http_default_limits(), &head) > 0) {
		ws_http_cond_from(&head, &q);
	}
	zval *v;
	time_t mtime = st->st_mtime;
	if (has_key(h, "last-modified", &v)) {
		if (Z_TYPE_P(v) == IS_STRING) {
			ws_http_date_parse(Z_STRVAL_P(v), Z_STRLEN_P(v), &mtime);
		}
	} else {
		char lm[32];
		set_header(h, "Last-Modified", lm, ws_http_date_format(mtime, lm));
	}
	bool whole = status == 200 && from == 0 && n == size;
	if (!whole) {
		*plan = (ws_http_file_plan){(int) status, from, n, !q.head};
		if (status == 200 && part_206 && n > 0) {
			/* Workerman answers a part the application chose as a 206 */
			char range[96];
			plan->status = 206;
			set_header(h, "Content-Range", range,
			           (size_t) snprintf(
			               range, sizeof(range), "bytes %llu-%llu/%llu", (unsigned long long) from,
			               (unsigned long long) (from + n - 1), (unsigned long long) size));
		}
		return;
	}
	char etag[48];
	size_t elen;
	if (has_key(h, "etag", &v) && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) < sizeof(etag)) {
		elen = Z_STRLEN_P(v); /* the application's own validator is the one compared */
		memcpy(etag, Z_STRVAL_P(v), elen);
	} else {
		elen = ws_http_etag(mtime, size, etag);
		set_header(h, "ETag", etag, elen);
	}
	ws_http_file_decide(&q, size, etag, elen, mtime, plan);
	char range[96];
	if (plan->status == 206) {
		set_header(h, "Content-Range", range,
		           (size_t) snprintf(range, sizeof(range), "bytes %llu-%llu/%llu",
		                             (unsigned long long) plan->from,
		                             (unsigned long long) (plan->from + plan->len - 1),
		                             (unsigned long long) size));
	} else if (plan->status == 416) {
		set_header(
		    h, "Content-Range", range,
		    (size_t) snprintf(range, sizeof(range), "bytes */%llu", (unsigned long long) size));
	} else if (plan->status == 200) {
		set_header(h, "Accept-Ranges", "bytes", 5);
	}
}
