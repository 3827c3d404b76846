/* TLS on hooked streams. PHP's OpenSSL transport sets TLS up (context options, SNI, peer and
 * name verification, captured certificates, stream metadata) and keeps its SSL handle; right
 * after that set-up we give the handle a BIO of ours on the same descriptor. Outside a
 * coroutine the BIO acts as OpenSSL's socket BIO, and PHP's own loops wait in poll() as usual.
 * In a coroutine, the handshake runs in PHP's code with the BIO waiting in the coroutine
 * whenever the socket is not ready; reads and writes run here, with SSL_read()/SSL_write() on
 * the same handle, waiting in the coroutine on WANT_READ/WANT_WRITE, so the process never
 * blocks in PHP's poll().
 *
 * PHP keeps the SSL handle in its transport's private data, right after the socket data every
 * transport starts with; that layout has been the same since PHP 5. Only streams whose
 * operations are the OpenSSL transport's ("tcp_socket/ssl") are read so. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "hook_stream_tls.h"

#ifndef HAVE_WSERVER_OPENSSL

bool wserver_hook_tls_capable(const php_stream_ops *ops)
{
	return false;
}

bool wserver_hook_tls_install(php_stream *stream)
{
	return false;
}

wserver_hook_tls *wserver_hook_tls_of(php_stream *stream)
{
	return NULL;
}

bool wserver_hook_tls_active(const wserver_hook_tls *h)
{
	return false;
}

void wserver_hook_tls_set_active(wserver_hook_tls *h, bool active)
{
}

void wserver_hook_tls_waits(wserver_hook_tls *h, bool on, double deadline)
{
}

ssize_t wserver_hook_tls_io(php_stream *stream, bool read, char *buf, size_t count, double deadline)
{
	return -1;
}

#else

#include "coro.h"
#include "hook_stream.h"

#include "php_network.h"
#include "zend_smart_str.h"

#include <errno.h>
#include <ev.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

/* The start of the OpenSSL transport's stream data (ext/openssl/xp_ssl.c). */
typedef struct {
	php_netstream_data_t s;
	SSL *ssl_handle;
} openssl_sock_head;

struct wserver_hook_tls {
	php_stream *stream;
	int fd;
	bool active;     /* PHP turned TLS on */
	bool waits;      /* a handshake in a coroutine: the BIO waits instead of "retry" */
	double deadline; /* of that handshake */
};

static BIO_METHOD *bio_method;
static int bio_type;

static SSL *ssl_of(php_stream *stream)
{
	return ((openssl_sock_head *) stream->abstract)->ssl_handle;
}

/* Read or write on the descriptor; EAGAIN either waits (h->waits) or asks OpenSSL to retry. */
static int bio_io(BIO *b, char *buf, int len, bool read)
{
	wserver_hook_tls *h = BIO_get_data(b);
	BIO_clear_retry_flags(b);
	for (;;) {
		ssize_t n = read ? recv(h->fd, buf, (size_t) len, MSG_DONTWAIT)
		                 : send(h->fd, buf, (size_t) len, MSG_DONTWAIT | MSG_NOSIGNAL);
		if (n >= 0) {
			return (int) n;
		}
		if (errno == EINTR) {
			continue;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			return -1;
		}
		if (!h->waits || !wserver_coro_can_suspend()) {
			if (read) {
				BIO_set_retry_read(b);
			} else {
				BIO_set_retry_write(b);
			}
			return -1;
		}
		int status =
		    wserver_hook_stream_wait(h->stream, h->fd, read ? EV_READ : EV_WRITE, h->deadline);
		if (status != WSERVER_WAIT_OK) {
			errno = status == WSERVER_WAIT_TIMEOUT ? ETIMEDOUT : ECONNABORTED;
			return -1;
		}
	}
}

static int bio_read(BIO *b, char *buf, int len)
{
	return bio_io(b, buf, len, true);
}

static int bio_write(BIO *b, const char *buf, int len)
{
	return bio_io(b, (char *) buf, len, false);
}

static int bio_puts(BIO *b, const char *s)
{
	return bio_write(b, s, (int) strlen(s));
}

static long bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	wserver_hook_tls *h = BIO_get_data(b);
	switch (cmd) {
	case BIO_CTRL_FLUSH:
		return 1;
	case BIO_C_GET_FD:
		if (ptr) {
			*(int *) ptr = h->fd;
		}
		return h->fd;
	case BIO_CTRL_GET_CLOSE:
		return BIO_NOCLOSE; /* the stream closes the descriptor */
	default:
		return 0;
	}
}

static int bio_create(BIO *b)
{
	BIO_set_init(b, 1);
	return 1;
}

static int bio_destroy(BIO *b)
{
	wserver_hook_tls *h = BIO_get_data(b);
	if (h) {
		pefree(h, 1);
		BIO_set_data(b, NULL);
	}
	return 1;
}

static BIO_METHOD *method(void)
{
	if (!bio_method) {
		bio_type = BIO_get_new_index() | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR;
		bio_method = BIO_meth_new(bio_type, "wserver coroutine socket");
		BIO_meth_set_read(bio_method, bio_read);
		BIO_meth_set_write(bio_method, bio_write);
		BIO_meth_set_puts(bio_method, bio_puts);
		BIO_meth_set_ctrl(bio_method, bio_ctrl);
		BIO_meth_set_create(bio_method, bio_create);
		BIO_meth_set_destroy(bio_method, bio_destroy);
	}
	return bio_method;
}

bool wserver_hook_tls_capable(const php_stream_ops *ops)
{
	return ops && ops->label && strcmp(ops->label, "tcp_socket/ssl") == 0;
}

bool wserver_hook_tls_install(php_stream *stream)
{
	php_netstream_data_t *sock = stream->abstract;
	SSL *ssl = ssl_of(stream);
	/* the handle PHP made has OpenSSL's socket BIO on this very descriptor */
	if (!ssl || sock->socket < 0 || SSL_get_fd(ssl) != sock->socket) {
		return false;
	}
	BIO *b = BIO_new(method());
	if (!b) {
		return false;
	}
	wserver_hook_tls *h = pecalloc(1, sizeof(*h), 1);
	h->stream = stream;
	h->fd = sock->socket;
	h->deadline = -1;
	BIO_set_data(b, h);
	SSL_set_bio(ssl, b, b);
	return true;
}

wserver_hook_tls *wserver_hook_tls_of(php_stream *stream)
{
	SSL *ssl = ssl_of(stream);
	BIO *b = ssl ? SSL_get_rbio(ssl) : NULL;
	return b && bio_method && BIO_method_type(b) == bio_type ? BIO_get_data(b) : NULL;
}

bool wserver_hook_tls_active(const wserver_hook_tls *h)
{
	return h && h->active;
}

void wserver_hook_tls_set_active(wserver_hook_tls *h, bool active)
{
	h->active = active;
}

void wserver_hook_tls_waits(wserver_hook_tls *h, bool on, double deadline)
{
	h->waits = on;
	h->deadline = deadline;
}

/* PHP's words for a failed SSL call (php_openssl_handle_ssl_error()). */
static void warn(int err, int n)
{
	unsigned long code = ERR_get_error();
	if (err == SSL_ERROR_SYSCALL && code == 0) {
		php_error_docref(NULL, E_WARNING, "SSL: %s", strerror(errno ? errno : ECONNRESET));
		return;
	}
	smart_str msgs = {0};
	char line[512];
	for (; code; code = ERR_get_error()) {
		ERR_error_string_n(code, line, sizeof(line));
		if (msgs.s) {
			smart_str_appendc(&msgs, '\n');
		}
		smart_str_appends(&msgs, line);
	}
	smart_str_0(&msgs);
	php_error_docref(NULL, E_WARNING, "SSL operation failed with code %d. %s%s", err,
	                 msgs.s ? "OpenSSL Error messages:\n" : "", msgs.s ? ZSTR_VAL(msgs.s) : "");
	smart_str_free(&msgs);
}

ssize_t wserver_hook_tls_io(php_stream *stream, bool read, char *buf, size_t count, double deadline)
{
	php_netstream_data_t *sock = stream->abstract;
	SSL *ssl = ssl_of(stream);
	int len = (int) MIN(count, INT_MAX);
	for (;;) {
		ERR_clear_error();
		errno = 0;
		int n = read ? SSL_read(ssl, buf, len) : SSL_write(ssl, buf, len);
		if (n > 0) {
			php_stream_notify_progress_increment(PHP_STREAM_CONTEXT(stream), n, 0);
			return n;
		}
		int err = SSL_get_error(ssl, n);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
			int status = wserver_hook_stream_wait(
			    stream, sock->socket, err == SSL_ERROR_WANT_READ ? EV_READ : EV_WRITE, deadline);
			if (status == WSERVER_WAIT_OK) {
				continue;
			}
			if (status == WSERVER_WAIT_TIMEOUT) {
				sock->timeout_event = 1;
				return read ? 0 : -1;
			}
			stream->eof = 1;
			return -1;
		}
		if (err == SSL_ERROR_ZERO_RETURN ||
		    (err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0 && (n == 0 || errno == 0))) {
			stream->eof = 1; /* the peer closed */
			return read ? 0 : -1;
		}
		warn(err, n);
		stream->eof = 1;
		return -1;
	}
}

#endif
