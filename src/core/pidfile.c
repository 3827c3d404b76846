/* Pid file with a lock: a stale pid reused by another process never looks alive, since only
 * the master holds the lock. Never calls PHP. */
#include "pidfile.h"

#include <errno.h>
#include <fcntl.h>
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

pid_t ws_pidfile_alive(const char *path)
{
	int fd = -1;
	pid_t pid = pidfile_read(path, &fd);
	if (fd < 0) {
		return 0;
	}
	bool locked = flock(fd, LOCK_SH | LOCK_NB) < 0 && errno == EWOULDBLOCK;
	close(fd);
	if (!locked || pid <= 0) {
		return 0;
	}
	return kill(pid, 0) == 0 || errno == EPERM ? pid : 0;
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
