<?php
/* Shared by the bench/reliability servers: pid, log, stdout and status files in $REL_DIR, the
 * port in $REL_PORT, so that `php APP.php start -d|stop|reload` with the same environment
 * finds the same server. */
$dir = getenv('REL_DIR') ?: exit("REL_DIR not set\n");
$port = (int) getenv('REL_PORT') ?: exit("REL_PORT not set\n");
WServer\Worker::$pidFile = "$dir/app.pid";
WServer\Worker::$statusFile = "$dir/app.status"; // not next to this script
WServer\Worker::$logFile = "$dir/app.log";
WServer\Worker::$stdoutFile = "$dir/stdout.log";
WServer\Worker::$statusFile = "$dir/app.status";
WServer\Worker::$stopTimeout = (float) (getenv('REL_STOP_TIMEOUT') ?: 10);
