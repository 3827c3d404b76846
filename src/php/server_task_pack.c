/* Server\Task::pack() and ::unpack(): a task's data as bytes another program can hand on (a
 * System V message queue a task worker reads, as Swoole's task_ipc_mode 2 and 3) and read
 * back. The header says how long the data is, so a cut or foreign message is told apart from a
 * whole one. Data too big for one queue message (the kernel's msgmax, 8 KiB by default) goes to
 * a spool file the packet names; unpacking it reads and removes the file. */
#include "server_task_pack.h"
#include "server_ipc.h"
#include "main/php_open_temporary_file.h"

#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#define PACK_MAGIC      "WSTK"
#define PACK_INLINE_MAX 8192 /* msgmax's default: bigger packets spool their data */
enum {
	PACK_RAW = 0,        /* a string travels as itself */
	PACK_SERIALIZED = 1, /* anything else serialized */
	PACK_SPOOLED = 0x10, /* flag: the body is the path of a file holding the data */
};

typedef struct {
	char magic[4];
	uint8_t kind;
	uint8_t pad[3];
	int64_t task_id;
	uint64_t len; /* of what follows the header */
} pack_head;

static zend_long packed_tasks; /* as Swoole: the task ids of one process count from 0 */

/* The data into a new spool file; its path, or NULL. */
static zend_string *spool(zend_string *body)
{
	zend_string *path = NULL;
	int fd = php_open_temporary_fd(NULL, "wserver-task-", &path);
	if (fd < 0) {
		return NULL;
	}
	size_t done = 0;
	while (done < ZSTR_LEN(body)) {
		ssize_t n = write(fd, ZSTR_VAL(body) + done, ZSTR_LEN(body) - done);
		if (n <= 0) {
			break;
		}
		done += (size_t) n;
	}
	close(fd);
	if (done < ZSTR_LEN(body)) {
		unlink(ZSTR_VAL(path));
		zend_string_release(path);
		return NULL;
	}
	return path;
}

/* The whole of a spool file, removed once read; NULL when it cannot be. */
static zend_string *unspool(const char *path, size_t len)
{
	char name[MAXPATHLEN];
	if (len == 0 || len >= sizeof(name) || memchr(path, '\0', len)) {
		return NULL;
	}
	memcpy(name, path, len);
	name[len] = '\0';
	int fd = open(name, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		if (fd >= 0) {
			close(fd);
		}
		return NULL;
	}
	zend_string *data = zend_string_alloc((size_t) st.st_size, 0);
	size_t done = 0;
	while (done < (size_t) st.st_size) {
		ssize_t n = read(fd, ZSTR_VAL(data) + done, (size_t) st.st_size - done);
		if (n <= 0) {
			break;
		}
		done += (size_t) n;
	}
	close(fd);
	if (done < (size_t) st.st_size) {
		zend_string_efree(data);
		return NULL;
	}
	unlink(name);
	ZSTR_VAL(data)[done] = '\0';
	return data;
}

bool wserver_task_unpack(const char *p, size_t len, zval *out, zend_long *task_id, const char **why)
{
	pack_head h;
	if (len < sizeof(h)) {
		*why = "shorter than its header";
		return false;
	}
	memcpy(&h, p, sizeof(h));
	const char *body = p + sizeof(h);
	len -= sizeof(h);
	uint8_t kind = h.kind & ~PACK_SPOOLED;
	if (memcmp(h.magic, PACK_MAGIC, sizeof(h.magic)) != 0 || h.len != len ||
	    (kind != PACK_RAW && kind != PACK_SERIALIZED)) {
		*why = "not made by Task::pack(), or cut";
		return false;
	}
	zend_string *spooled = NULL;
	if (h.kind & PACK_SPOOLED) {
		spooled = unspool(body, len);
		if (!spooled) {
			*why = "its spool file cannot be read";
			return false;
		}
		body = ZSTR_VAL(spooled);
		len = ZSTR_LEN(spooled);
	}
	bool ok = true;
	if (kind == PACK_RAW) {
		ZVAL_STRINGL(out, body, len);
	} else if (!(ok = wserver_ipc_unserialize(body, len, out))) {
		*why = "its data does not unserialize";
	}
	if (spooled) {
		zend_string_release(spooled);
	}
	*task_id = h.task_id;
	return ok;
}

ZEND_METHOD(WServer_Server_Task, pack)
{
	zval *data;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *body =
	    Z_TYPE_P(data) == IS_STRING ? zend_string_copy(Z_STR_P(data)) : wserver_ipc_serialize(data);
	if (!body) {
		RETURN_FALSE; /* serialize() threw */
	}
	pack_head h = {.kind = Z_TYPE_P(data) == IS_STRING ? PACK_RAW : PACK_SERIALIZED,
	               .task_id = packed_tasks++};
	memcpy(h.magic, PACK_MAGIC, sizeof(h.magic));
	if (sizeof(h) + ZSTR_LEN(body) > PACK_INLINE_MAX) {
		zend_string *path = spool(body);
		zend_string_release(body);
		if (!path) {
			php_error_docref(NULL, E_WARNING, "cannot write the task's data to a spool file: %s",
			                 strerror(errno));
			RETURN_FALSE;
		}
		body = path;
		h.kind |= PACK_SPOOLED;
	}
	h.len = ZSTR_LEN(body);
	zend_string *out = zend_string_alloc(sizeof(h) + ZSTR_LEN(body), 0);
	memcpy(ZSTR_VAL(out), &h, sizeof(h));
	memcpy(ZSTR_VAL(out) + sizeof(h), ZSTR_VAL(body), ZSTR_LEN(body));
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	zend_string_release(body);
	RETURN_NEW_STR(out);
}

ZEND_METHOD(WServer_Server_Task, unpack)
{
	zend_string *packet;
	ZEND_PARSE_PARAMETERS_START(1, 1)
	Z_PARAM_STR(packet)
	ZEND_PARSE_PARAMETERS_END();
	zend_long task_id;
	const char *why;
	if (!wserver_task_unpack(ZSTR_VAL(packet), ZSTR_LEN(packet), return_value, &task_id, &why)) {
		php_error_docref(NULL, E_WARNING, "bad task packet: %s", why);
		RETURN_FALSE;
	}
}
