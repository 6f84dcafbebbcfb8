/* An undefined instruction must kill the program with SIGILL. */
    .text
    .global _start
_start:
    udf #0
    mov x0, #0
    mov x8, #93
    svc #0
