/* Pid file with a lock: a stale pid reused by another process never looks alive, since only
 * the master holds the lock; the process it names must also look like a master of ours.
 * Never calls PHP. */
#include "pidfile.h"
#include "buffer.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

int ws_pidfile_write(const char *path)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int) sizeof(tmp)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		return -1;
	}
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "%d\n", (int) getpid());
	if (flock(fd, LOCK_EX | LOCK_NB) < 0 || write(fd, buf, n) != n || fchmod(fd, 0644) < 0 ||
	    rename(tmp, path) < 0) {
		int e = errno;
		unlink(tmp);
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

int ws_pidfile_probe(const char *path)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int) sizeof(tmp)) {
		errno = ENAMETOOLONG;
		return WS_ERR;
	}
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		return WS_ERR;
	}
	unlink(tmp);
	close(fd);
	return WS_OK;
}

static pid_t pidfile_read(const char *path, int *fd_out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return 0;
	}
	char buf[32] = {0};
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	*fd_out = fd;
	return n > 0 ? (pid_t) atoi(buf) : 0;
}

static ssize_t read_small(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return -1;
	}
	ssize_t n = read(fd, buf, len - 1);
	close(fd);
	if (n >= 0) {
		buf[n] = 0;
	}
	return n;
}

unsigned long long ws_pid_started(pid_t pid)
{
	if (pid <= 0 || (kill(pid, 0) < 0 && errno == ESRCH)) {
		return 0;
	}
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int) pid);
	const char *end = read_small(path, buf, sizeof(buf)) > 0 ? strrchr(buf, ')') : NULL;
	if (!end) {
		return 1; /* no /proc: kill() said it lives */
	}
	/* after "(comm) ": the state, then starttime is the 20th field */
	char state = end[1] == ' ' ? end[2] : '?';
	if (state == 'Z' || state == 'X') {
		return 0;
	}
	const char *p = end + 2;
	for (int field = 0; field < 19 && p; field++) {
		p = strchr(p, ' ');
		p = p ? p + 1 : NULL;
	}
	unsigned long long start = p ? strtoull(p, NULL, 10) : 0;
	return start > 0 ? start : 1;
}

/* Whether one of the NUL-separated words of a command line is script, or a path to it. */
static bool names_script(const char *cmdline, size_t len, const char *script)
{
	size_t n = strlen(script);
	for (const char *a = cmdline; a < cmdline + len; a += strlen(a) + 1) {
		size_t al = strlen(a);
		if (al >= n && strcmp(a + al - n, script) == 0 && (al == n || a[al - n - 1] == '/')) {
			return true;
		}
	}
	return false;
}

/* Whether pid looks like the master of script: its process title says so; or, when there is
 * no title (the master sets it just after writing the pid file; under valgrind it cannot),
 * its command line names script, or it runs the same program as we do. When /proc cannot
 * tell, the lock decides alone. */
static bool looks_like_master(pid_t pid, const char *script)
{
	char path[64], buf[8192];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int) pid);
	ssize_t len = read_small(path, buf, sizeof(buf));
	if (len < 0) {
		return true;
	}
	if (strncmp(buf, "WServer: master process", 23) == 0 ||
	    names_script(buf, (size_t) len, script)) {
		return true;
	}
	char exe[PATH_MAX], self[PATH_MAX];
	snprintf(path, sizeof(path), "/proc/%d/exe", (int) pid);
	ssize_t a = readlink(path, exe, sizeof(exe));
	ssize_t b = readlink("/proc/self/exe", self, sizeof(self));
	return a < 0 || b < 0 || (a == b && memcmp(exe, self, (size_t) a) == 0);
}

ws_pidfile_state ws_pidfile_check(const char *path, const char *script, pid_t *pid_out)
{
	int fd = -1;
	pid_t pid = pidfile_read(path, &fd);
	*pid_out = pid > 0 ? pid : 0;
	if (fd < 0) {
		return WS_PIDFILE_ABSENT;
	}
	bool locked = flock(fd, LOCK_SH | LOCK_NB) < 0 && errno == EWOULDBLOCK;
	close(fd);
	if (pid <= 0) {
		return WS_PIDFILE_ABSENT;
	}
	if (ws_pid_started(pid) == 0) {
		return WS_PIDFILE_GONE;
	}
	return locked && looks_like_master(pid, script) ? WS_PIDFILE_RUNNING : WS_PIDFILE_NOT_OURS;
}

pid_t ws_pidfile_alive(const char *path, const char *script)
{
	pid_t pid;
	return ws_pidfile_check(path, script, &pid) == WS_PIDFILE_RUNNING ? pid : 0;
}

void ws_pidfile_remove_stale(const char *path, pid_t pid)
{
	int fd = -1;
	struct stat opened, now;
	if (pidfile_read(path, &fd) == pid && fstat(fd, &opened) == 0 && stat(path, &now) == 0 &&
	    opened.st_ino == now.st_ino && opened.st_dev == now.st_dev) {
		unlink(path);
	}
	if (fd >= 0) {
		close(fd);
	}
}

void ws_pidfile_remove(const char *path, int fd)
{
	int rfd = -1;
	pid_t pid = pidfile_read(path, &rfd);
	if (rfd >= 0) {
		close(rfd);
	}
	if (pid == getpid()) {
		unlink(path);
	}
	if (fd >= 0) {
		close(fd);
	}
}
