/* ws_pin_self() (pin.h): dlopen() of our own file with RTLD_NODELETE. */
#include "pin.h"

#include <dlfcn.h> /* dladdr(), RTLD_NODELETE: _GNU_SOURCE comes from the build flags */
#include <stdbool.h>
#include <stddef.h>

void ws_pin_self(void)
{
	static bool pinned;
	Dl_info info;
	if (!pinned && dladdr((void *) ws_pin_self, &info) && info.dli_fname) {
		pinned = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE) != NULL;
	}
}
