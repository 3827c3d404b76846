/* Workers of a server started as root run as another user (Worker::$user / Swoole's user). */
#ifndef WS_CORE_PRIVILEGES_H
#define WS_CORE_PRIVILEGES_H

#include <stddef.h>
#include <sys/types.h>

/* Resolve user and group (group may be empty: the user's own group). WS_ERR with a message in
 * err when either does not exist. Never calls PHP. */
int ws_privileges_lookup(const char *user, const char *group, uid_t *uid, gid_t *gid, char *err,
                         size_t errlen);
/* Become uid/gid for good: setgid, the user's supplementary groups, then setuid. WS_ERR with
 * errno. Never calls PHP. */
int ws_privileges_drop(const char *user, uid_t uid, gid_t gid);

#endif
