/* Request bodies spooled to temp files as they arrive: the memory a 1 GB upload takes is the
 * read buffer, not the body. */
#include "spool.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char spool_dir[4096];
static unsigned max_files = 20;

void ws_spool_set_dir(const char *dir)
{
	snprintf(spool_dir, sizeof(spool_dir), "%s", dir ? dir : "");
}

const char *ws_spool_dir(void)
{
	if (spool_dir[0]) {
		return spool_dir;
	}
	const char *env = getenv("TMPDIR");
	return env && env[0] ? env : "/tmp";
}

void ws_spool_set_max_files(unsigned n)
{
	max_files = n;
}

/* A new temp file: its fd, the path in *path (malloc'd); -1 on failure. */
static int temp_file(char **path)
{
	const char *dir = ws_spool_dir();
	size_t n = strlen(dir) + sizeof("/wserver-upload-XXXXXX");
	char *p = malloc(n);
	if (!p) {
		return -1;
	}
	snprintf(p, n, "%s/wserver-upload-XXXXXX", dir);
	int fd = mkostemp(p, O_CLOEXEC);
	if (fd < 0) {
		free(p);
		return -1;
	}
	*path = p;
	return fd;
}

static bool write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w <= 0) {
			return false;
		}
		p += w;
		len -= (size_t) w;
	}
	return true;
}

static char *span_dup(ws_http_span s)
{
	char *p = malloc(s.len + 1);
	if (p) {
		memcpy(p, s.p, s.len);
		p[s.len] = '\0';
	}
	return p;
}

static void part_close(ws_spool_part *part)
{
	if (part->fd >= 0) {
		close(part->fd);
		part->fd = -1;
	}
}

/* ---- the multipart events ---- */

static void on_begin(void *ud, const ws_mp_part *mp)
{
	ws_spool *s = ud;
	s->cur = NULL;
	if (mp->name.len == 0 || s->status) {
		return; /* nothing to file it under */
	}
	if (s->nparts == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 8;
		ws_spool_part *parts = realloc(s->parts, cap * sizeof(*parts));
		if (!parts) {
			s->status = 500;
			return;
		}
		s->parts = parts;
		s->cap = cap;
	}
	ws_spool_part *part = &s->parts[s->nparts];
	memset(part, 0, sizeof(*part));
	part->fd = -1;
	part->name = span_dup(mp->name);
	part->type = span_dup(mp->type);
	if (mp->has_filename) {
		part->filename = span_dup(mp->filename);
	}
	if (!part->name || !part->type || (mp->has_filename && !part->filename)) {
		free(part->name);
		free(part->type);
		free(part->filename);
		s->status = 500;
		return;
	}
	s->nparts++;
	s->cur = part;
	if (!mp->has_filename) {
		return;
	}
	if (mp->filename.len == 0) {
		part->error = WS_UPLOAD_NO_FILE; /* a file input left empty in the form */
	} else if (s->files >= max_files) {
		s->nparts--; /* past max_file_uploads: dropped, as PHP drops them */
		free(part->name);
		free(part->type);
		free(part->filename);
		s->cur = NULL;
	} else {
		s->files++;
		part->fd = temp_file(&part->value);
		if (part->fd < 0) {
			part->error = WS_UPLOAD_NO_TMP_DIR;
		}
	}
}

static void on_data(void *ud, const char *p, size_t n)
{
	ws_spool *s = ud;
	ws_spool_part *part = s->cur;
	if (!part || s->status) {
		return;
	}
	if (!part->filename) {
		/* a plain field: in memory, all of them together within the package limit */
		if (s->field_bytes + n > s->max_fields) {
			s->status = 413;
			return;
		}
		char *v = realloc(part->value, part->value_len + n + 1);
		if (!v) {
			s->status = 500;
			return;
		}
		memcpy(v + part->value_len, p, n);
		part->value = v;
		part->value_len += n;
		v[part->value_len] = '\0';
		s->field_bytes += n;
		return;
	}
	if (part->fd < 0) {
		return; /* no temp file: the error says why */
	}
	if (!write_all(part->fd, p, n)) {
		part_close(part);
		part->error = WS_UPLOAD_CANT_WRITE;
		return;
	}
	part->size += n;
}

static void on_end(void *ud, bool complete)
{
	ws_spool *s = ud;
	ws_spool_part *part = s->cur;
	s->cur = NULL;
	if (!part) {
		return;
	}
	part_close(part);
	if (!complete) {
		if (part->filename) {
			part->error = WS_UPLOAD_PARTIAL; /* the body ended inside it */
		} else {
			free(part->value); /* a truncated field is no field */
			part->value = NULL;
			part->value_len = 0;
		}
	}
	if (!part->value && !part->filename) {
		part->value = calloc(1, 1); /* an empty field */
		if (!part->value) {
			s->status = 500;
		}
	}
}

static const ws_mp_events events = {on_begin, on_data, on_end};

ws_spool *ws_spool_new(const char *head, size_t head_len, uint64_t body_len, ws_http_span boundary,
                       size_t max_fields)
{
	ws_spool *s = calloc(1, sizeof(*s));
	if (!s) {
		return NULL;
	}
	s->fd = -1;
	s->left = body_len;
	s->max_fields = max_fields;
	s->head = malloc(head_len);
	if (!s->head) {
		free(s);
		return NULL;
	}
	memcpy(s->head, head, head_len);
	s->head_len = head_len;
	if (boundary.len > 0) {
		s->multipart = true;
		ws_mp_stream_init(&s->mp, boundary);
	} else if ((s->fd = temp_file(&s->path)) < 0) {
		ws_spool_free(s);
		return NULL;
	}
	return s;
}

size_t ws_spool_feed(ws_spool *s, const char *buf, size_t len)
{
	if (len > s->left) {
		len = (size_t) s->left;
	}
	size_t used = len;
	if (s->multipart) {
		used = ws_mp_stream_feed(&s->mp, buf, len, len == s->left, &events, s);
	} else if (s->fd >= 0 && !write_all(s->fd, buf, len)) {
		s->status = 500;
	}
	s->left -= used;
	if (s->left == 0 && s->fd >= 0) {
		close(s->fd);
		s->fd = -1;
	}
	return used;
}

void ws_spool_free(ws_spool *s)
{
	if (!s) {
		return;
	}
	if (s->fd >= 0) {
		close(s->fd);
	}
	if (s->path) {
		unlink(s->path);
		free(s->path);
	}
	for (size_t i = 0; i < s->nparts; i++) {
		ws_spool_part *part = &s->parts[i];
		part_close(part);
		if (part->filename && part->value) {
			unlink(part->value); /* still there unless the application moved it */
		}
		free(part->name);
		free(part->filename);
		free(part->type);
		free(part->value);
	}
	free(s->parts);
	free(s->head);
	free(s);
}
