--TEST--
Chat in a real browser: two headless Chromium tabs through HAProxy on two nodes; a message sent in one shows in the other; the node of one tab restarts (stop -g, start) and the tab reconnects by itself and gets what was sent meanwhile, once and in order; screenshots saved
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php
require __DIR__ . '/chat.inc';
if ($why = chat_skip_reason()) {
    die("skip $why");
}
foreach (['/usr/bin/chromium', '/usr/bin/chromedriver'] as $bin) {
    if (!is_executable($bin)) {
        die("skip $bin is not installed (chromium, chromium-driver)");
    }
}
exec('/usr/bin/python3 -c "import selenium" 2>&1', $o, $rc);
if ($rc !== 0) {
    die('skip python3-selenium is not installed');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/chat.inc';
$dir = wserver_test_dir();
// the screenshots stay after the test, in a directory of their own
$shots = sys_get_temp_dir() . '/wserver-chat-browser-' . getmypid();
@mkdir($shots, 0777, true);
try {
    [$rc, $out] = chat_cluster($dir, 'up', 60, 2);
    $ep = chat_endpoints($out);
    echo "cluster up: ", $rc === 0 && isset($ep['haproxy']) ? 'yes' : "failed ($rc): $out", "\n";
    // the browser script restarts a node through the same cluster script
    $so = dirname(__DIR__, 2) . '/modules/wserver.so';
    $cmd = 'CLUSTER_DIR=' . escapeshellarg("$dir/cluster") . ' WSERVER_SO=' . escapeshellarg($so)
        . ' PHP=' . escapeshellarg(PHP_BINARY) . ' timeout 125 /usr/bin/python3 '
        . escapeshellarg(__DIR__ . '/chat_browser.py') . ' ' . escapeshellarg("http://{$ep['haproxy']}") . ' '
        . escapeshellarg(dirname(__DIR__, 2) . '/examples/chat/cluster/cluster') . ' ' . escapeshellarg($shots) . ' 2>&1';
    exec($cmd, $lines, $rc);
    foreach ($lines as $line) {
        if (str_starts_with($line, 'screenshot ')) {
            continue; // counted below
        }
        echo $line, "\n";
    }
    $png = glob("$shots/*.png");
    echo "screenshots: ", count($png), " PNG files in $shots\n";
} finally {
    chat_cleanup($dir);
}
?>
--EXPECTF--
cluster up: yes
tab a connected: yes
tabs on different nodes: yes
tab b sees what tab a sent: yes
restart: ok
tab b reconnected by itself: yes
tab b connected again: yes (%s)
tab b got everything tab a sent meanwhile, once, in order: yes
some of it replayed on reconnect: yes
screenshots: 4 PNG files in %s
