<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/**
 * Workerman 4's Autoloader, for start files that still call it: classes load from
 * ROOT/Name/Space/Class.php once setRootPath() named ROOT.
 * @not-serializable
 */
class Autoloader
{
    /** Set the root and register loadByNamespace() with spl_autoload_register() (once). */
    public static function setRootPath(string $rootPath): void {}

    /** require_once ROOT/Name/Space/Class.php when it exists; whether $name is defined then. */
    public static function loadByNamespace(string $name): bool {}
}
