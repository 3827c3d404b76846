/* Keep this shared object loaded for the life of the process. */
#ifndef WS_CORE_PIN_H
#define WS_CORE_PIN_H

/* A detached thread may outlive the script (its wait canceled, the process exiting): PHP
 * unloads the extension at shutdown, and the thread would return into unmapped code. Call
 * before starting such a thread: once pinned, the extension is never unloaded. */
void ws_pin_self(void);

#endif
