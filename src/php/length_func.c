/* Swoole's package_length_func with open_length_check: instead of a length field, a callable
 * tells where each package ends. The package (the whole of it) is what receive gets; replies go
 * out as given, as with length framing. */
#include "length_func.h"
#include "callback.h"
#include "core/ratelog.h"

#include <unistd.h>

static zval length_fn; /* IS_UNDEF until set; one Server per process */

void wserver_length_func_set(zval *fn)
{
	if (Z_TYPE(length_fn) != IS_UNDEF) {
		zval_ptr_dtor(&length_fn);
	}
	ZVAL_COPY(&length_fn, fn);
}

/* A client decides how often this happens: logged at most once a second. */
static ws_ratelog bad_length_log = WS_RATELOG("package_length_func results that were bad", 1000);

static ssize_t length_func_input(const void *param, const char *buf, size_t len, size_t max,
                                 ws_msg_info *info)
{
	(void) param;
	(void) info;
	if (Z_TYPE(length_fn) == IS_UNDEF) {
		return WS_PROTO_BAD;
	}
	zval arg, rv;
	ZVAL_STRINGL_FAST(&arg, buf, len);
	ZVAL_UNDEF(&rv);
	call_user_function(NULL, NULL, &length_fn, &rv, 1, &arg);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		wserver_log_exception("package_length_func");
		return WS_PROTO_BAD;
	}
	zend_long n = zval_get_long(&rv);
	zval_ptr_dtor(&rv);
	if (n < 0) {
		ws_ratelog_write(&bad_length_log, "worker pid %d: package_length_func returned %ld",
		                 (int) getpid(), (long) n);
		return WS_PROTO_BAD;
	}
	if ((size_t) n > max) {
		return WS_PROTO_TOO_BIG;
	}
	return n == 0 || (size_t) n > len ? WS_PROTO_NEED_MORE : (ssize_t) n;
}

static void length_func_decode(const void *param, const char *msg, size_t len, size_t *off,
                               size_t *plen)
{
	(void) param;
	(void) msg;
	*off = 0;
	*plen = len;
}

static size_t length_func_encode(size_t n, char *head, const char **trailer, size_t *tlen)
{
	(void) n;
	(void) head;
	*trailer = NULL;
	*tlen = 0;
	return 0;
}

const ws_proto wserver_proto_length_func = {
    .name = "length_func",
    .kind = WS_PROTO_LENGTH,
    .input = length_func_input,
    .decode = length_func_decode,
    .encode = length_func_encode,
};
