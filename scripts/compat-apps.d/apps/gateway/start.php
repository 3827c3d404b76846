<?php
// GatewayWorker's demo: a register, a WebSocket gateway and business workers running Events.
// Ports from the environment: COMPAT_PORT (clients), COMPAT_REGISTER_PORT, COMPAT_LAN_PORT
// (the gateway's internal start port).
use GatewayWorker\BusinessWorker;
use GatewayWorker\Gateway;
use GatewayWorker\Register;
use Workerman\Worker;

require_once __DIR__ . '/vendor/autoload.php';

$registerAddress = '127.0.0.1:' . getenv('COMPAT_REGISTER_PORT');

$register = new Register('text://' . $registerAddress);

$gateway = new Gateway('websocket://127.0.0.1:' . getenv('COMPAT_PORT'));
$gateway->name = 'DemoGateway';
$gateway->count = 2;
$gateway->lanIp = '127.0.0.1';
$gateway->startPort = (int) getenv('COMPAT_LAN_PORT');
$gateway->registerAddress = $registerAddress;

$worker = new BusinessWorker();
$worker->name = 'DemoBusinessWorker';
$worker->count = 2;
$worker->registerAddress = $registerAddress;

Worker::runAll();
