/* Dropping root in a worker after the master has bound the sockets. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "privileges.h"
#include "buffer.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

int ws_privileges_lookup(const char *user, const char *group, uid_t *uid, gid_t *gid, char *err,
                         size_t errlen)
{
	struct passwd *pw = getpwnam(user);
	if (!pw) {
		snprintf(err, errlen, "user \"%s\" does not exist", user);
		return WS_ERR;
	}
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	if (group && *group) {
		struct group *gr = getgrnam(group);
		if (!gr) {
			snprintf(err, errlen, "group \"%s\" does not exist", group);
			return WS_ERR;
		}
		*gid = gr->gr_gid;
	}
	return WS_OK;
}

int ws_privileges_drop(const char *user, uid_t uid, gid_t gid)
{
	/* the group first: once the uid is dropped, changing groups is no longer allowed */
	if (setgid(gid) < 0 || initgroups(user, gid) < 0 || setuid(uid) < 0) {
		return WS_ERR;
	}
	/* a process that could become root again has not dropped anything */
	if (uid != 0 && setuid(0) == 0) {
		errno = EPERM;
		return WS_ERR;
	}
	return WS_OK;
}
