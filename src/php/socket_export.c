/* A socket of ours as ext/sockets' \Socket: the fd is duplicated into a PHP stream, which
 * socket_import_stream() turns into a \Socket. Going through that function keeps wserver free
 * of a link to ext/sockets (it may be missing: then a warning says so). */
#include "socket_export.h"

#include <fcntl.h>
#include <unistd.h>

#include "php_network.h"

bool wserver_socket_export(int fd, zval *out)
{
	zend_function *import =
	    zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("socket_import_stream"));
	if (!import) {
		php_error_docref(NULL, E_WARNING, "the sockets extension is not loaded");
		return false;
	}
	int copy = fd >= 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
	if (copy < 0) {
		return false;
	}
	php_stream *stream = php_stream_sock_open_from_socket(copy, NULL);
	if (!stream) {
		close(copy);
		return false;
	}
	zval zstream;
	php_stream_to_zval(stream, &zstream);
	ZVAL_UNDEF(out);
	zend_call_known_function(import, NULL, NULL, out, 1, &zstream, NULL);
	zval_ptr_dtor(&zstream); /* the \Socket keeps the stream alive */
	if (Z_TYPE_P(out) != IS_OBJECT) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}
