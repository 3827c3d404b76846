# Sourced by compat-swoole: a private redis-server and a private MariaDB for the upstream tests
# that need them, found by the harness through the env vars of tests/include/config.php
# (REDIS_SERVER_*, MYSQL_SERVER_*). Both run as the current user with their data in DIR, on free
# ports of 127.0.0.1 and unix sockets in DIR, and are stopped by pid (services_stop). The same
# flags as tests/hooks/services.inc. A missing server is a note, not an error: its tests fail.
#
#   services_start DIR SQL   (SQL: the schema the harness loads into MYSQL_SERVER_DB, tests/test.sql)
#   services_stop

services_pids=()

# A free TCP port of 127.0.0.1 (the kernel's pick for port 0).
services_free_port() {
	"${php_bin:-php}" -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
		echo substr(strrchr($n, ":"), 1);'
}

# Wait (at most $2 s) until the command $1 succeeds.
services_wait() {
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		eval "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

services_redis() {
	local dir="$1/redis" port
	command -v redis-server >/dev/null || { echo "note: no redis-server: the tests using Redis fail"; return; }
	mkdir -p "$dir" && port=$(services_free_port)
	redis-server --port "$port" --bind 127.0.0.1 --unixsocket "$dir/redis.sock" --dir "$dir" \
		--save '' --appendonly no --daemonize no >"$dir/redis.log" 2>&1 &
	services_pids+=($!)
	if ! services_wait "[ -S '$dir/redis.sock' ]" 10; then
		echo "note: redis-server did not start (log: $dir/redis.log)"
		return
	fi
	# the tests of compat-swoole's folders connect without AUTH: no password (none reads REDIS_SERVER_PWD)
	export REDIS_SERVER_HOST=127.0.0.1 REDIS_SERVER_PORT="$port" REDIS_SERVER_PATH="$dir/redis.sock"
}

services_mariadb() {
	local dir="$1/mariadb" sql="$2" port user mariadbd
	mariadbd=$(command -v mariadbd || command -v mysqld) && command -v mariadb-install-db >/dev/null &&
		command -v mariadb >/dev/null || { echo "note: no mariadbd: the tests using MySQL fail"; return; }
	mkdir -p "$dir" && port=$(services_free_port) && user=$(id -un)
	if ! mariadb-install-db --no-defaults --auth-root-authentication-method=normal --skip-test-db \
		--datadir="$dir/data" --user="$user" >"$dir/install.log" 2>&1; then
		echo "note: mariadb-install-db failed (log: $dir/install.log)"
		return
	fi
	"$mariadbd" --no-defaults --datadir="$dir/data" --socket="$dir/mysql.sock" --port="$port" \
		--bind-address=127.0.0.1 --user="$user" --pid-file="$dir/mariadbd.pid" \
		--log-error="$dir/mariadbd.log" --innodb-buffer-pool-size=16M --skip-log-bin >"$dir/out.log" 2>&1 &
	services_pids+=($!)
	local cli=(mariadb --no-defaults --socket="$dir/mysql.sock" -uroot)
	if ! services_wait "${cli[*]} -e 'select 1' >/dev/null" 30; then
		echo "note: mariadbd did not start (log: $dir/mariadbd.log)"
		return
	fi
	# What config.php defaults to: root/root, database test with the harness's schema (tests/init
	# loads test.sql the same way); root@127.0.0.1 as well, for the TCP connections.
	if ! "${cli[@]}" >"$dir/init.log" 2>&1 <<-SQL; then
		CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
		GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
		ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY 'root';
		ALTER USER 'root'@'localhost' IDENTIFIED BY 'root';
		CREATE DATABASE test;
	SQL
		echo "note: the MariaDB set-up failed (log: $dir/init.log)"
		return
	fi
	if ! "${cli[@]}" -proot test <"$sql" >>"$dir/init.log" 2>&1; then
		echo "note: loading $sql failed (log: $dir/init.log)"
	fi
	export MYSQL_SERVER_HOST=127.0.0.1 MYSQL_SERVER_PORT="$port" MYSQL_SERVER_USER=root \
		MYSQL_SERVER_PWD=root MYSQL_SERVER_DB=test MYSQL_SERVER_PATH="$dir/mysql.sock"
}

services_start() {
	services_redis "$1"
	services_mariadb "$1" "$2"
}

# SIGTERM to each, then SIGKILL to those still running after 10 s.
services_stop() {
	local p i alive
	[ ${#services_pids[@]} -gt 0 ] || return 0
	kill "${services_pids[@]}" 2>/dev/null
	for ((i = 0; i < 100; i++)); do
		alive=0
		for p in "${services_pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ $alive = 0 ] && break
		sleep 0.1
	done
	[ $alive = 0 ] || kill -KILL "${services_pids[@]}" 2>/dev/null
	services_pids=()
}
