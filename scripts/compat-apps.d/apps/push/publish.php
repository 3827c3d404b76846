<?php
// scripts/compat-apps: publishes an event through webman/push's Api, as a webman app does.
use Webman\Push\Api;

chdir($argv[1]);
require $argv[1] . '/vendor/autoload.php';
$config = require $argv[1] . '/config/plugin/webman/push/app.php';
$api = new Api(str_replace('0.0.0.0', '127.0.0.1', $config['api']), $config['app_key'], $config['app_secret']);
$result = $api->trigger($argv[2], 'compat-event', ['text' => 'published']);
if ($result === false) {
    fwrite(STDERR, "trigger failed\n");
    exit(1);
}
echo "published\n";
