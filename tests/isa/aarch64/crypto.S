/*
 * Cryptographic Extension: known answers.  SHA-256("abc") and SHA-1("abc")
 * through whole compression functions built of SHA256H/H2/SU0/SU1 and
 * SHA1C/P/M/H/SU0/SU1; the FIPS-197 C.1 AES-128 block encrypted with
 * AESE/AESMC and decrypted with AESD/AESIMC; PMULL/PMULL2 (1Q) products;
 * then each instruction alone, with Rd also a source, against the results
 * of qemu-aarch64 (tests/isa/aarch64/run also runs this program there and
 * under XLAT_HOST_FEATURES=baseline, for the portable code paths).
 */
#include "macros.h"

    .arch armv8-a+crypto

    /* Compare the two halves of Vreg with constants (x10, x11 scratch). */
    .macro CHECK_Q num, v, lo, hi
    mov x10, \v\().d[0]
    mov x11, \v\().d[1]
    CHECK \num, x10, \lo
    CHECK (\num + 1), x11, \hi
    .endm

    /* v0..v3 = kat_in, v4 = 0xee.. */
    .macro KAT_LOAD
    adr x1, kat_in
    ldp q0, q1, [x1]
    ldp q2, q3, [x1, #32]
    movi v4.16b, #0xee
    .endm

    TEST_START
    /* ---- SHA-256 of "abc": state v8 = abcd, v9 = efgh; W in v0..v3 ---- */
    adr x1, sha256_init
    ldp q8, q9, [x1]
    mov v10.16b, v8.16b
    mov v11.16b, v9.16b
    adr x1, abc_block
    ldp q0, q1, [x1]
    ldp q2, q3, [x1, #32]
    adr x2, sha256_k
    .macro SHA256_QUAD w0, w1, w2, w3, update
    ld1 {v5.4s}, [x2], #16
    add v4.4s, \w0\().4s, v5.4s
    mov v6.16b, v8.16b
    sha256h q8, q9, v4.4s
    sha256h2 q9, q6, v4.4s
    .if \update
    sha256su0 \w0\().4s, \w1\().4s
    sha256su1 \w0\().4s, \w2\().4s, \w3\().4s
    .endif
    .endm
    .rept 3
    SHA256_QUAD v0, v1, v2, v3, 1
    SHA256_QUAD v1, v2, v3, v0, 1
    SHA256_QUAD v2, v3, v0, v1, 1
    SHA256_QUAD v3, v0, v1, v2, 1
    .endr
    SHA256_QUAD v0, v1, v2, v3, 0
    SHA256_QUAD v1, v2, v3, v0, 0
    SHA256_QUAD v2, v3, v0, v1, 0
    SHA256_QUAD v3, v0, v1, v2, 0
    add v8.4s, v8.4s, v10.4s
    add v9.4s, v9.4s, v11.4s
    /* ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad */
    CHECK_Q 1, v8, 0x8f01cfeaba7816bf, 0x5dae2223414140de
    CHECK_Q 3, v9, 0x96177a9cb00361a3, 0xf20015adb410ff61

    /* ---- SHA-1 of "abc": v0 = abcd, s1 = e; W in v8..v11 ---- */
    adr x1, sha1_init
    ldr q0, [x1]
    ldr s1, [x1, #16]
    mov v2.16b, v0.16b
    mov v3.16b, v1.16b
    adr x1, abc_block
    ldp q8, q9, [x1]
    ldp q10, q11, [x1, #32]
    ldr w3, =0x5a827999
    dup v12.4s, w3
    ldr w3, =0x6ed9eba1
    dup v13.4s, w3
    ldr w3, =0x8f1bbcdc
    dup v14.4s, w3
    ldr w3, =0xca62c1d6
    dup v15.4s, w3
    .macro SHA1_QUAD op, k, w0, w1, w2, w3, update
    add v4.4s, \w0\().4s, \k\().4s
    sha1h s5, s0
    \op q0, s1, v4.4s
    mov v1.16b, v5.16b
    .if \update
    sha1su0 \w0\().4s, \w1\().4s, \w2\().4s
    sha1su1 \w0\().4s, \w3\().4s
    .endif
    .endm
    SHA1_QUAD sha1c, v12, v8, v9, v10, v11, 1     /* rounds 0..19 */
    SHA1_QUAD sha1c, v12, v9, v10, v11, v8, 1
    SHA1_QUAD sha1c, v12, v10, v11, v8, v9, 1
    SHA1_QUAD sha1c, v12, v11, v8, v9, v10, 1
    SHA1_QUAD sha1c, v12, v8, v9, v10, v11, 1
    SHA1_QUAD sha1p, v13, v9, v10, v11, v8, 1     /* rounds 20..39 */
    SHA1_QUAD sha1p, v13, v10, v11, v8, v9, 1
    SHA1_QUAD sha1p, v13, v11, v8, v9, v10, 1
    SHA1_QUAD sha1p, v13, v8, v9, v10, v11, 1
    SHA1_QUAD sha1p, v13, v9, v10, v11, v8, 1
    SHA1_QUAD sha1m, v14, v10, v11, v8, v9, 1     /* rounds 40..59 */
    SHA1_QUAD sha1m, v14, v11, v8, v9, v10, 1
    SHA1_QUAD sha1m, v14, v8, v9, v10, v11, 1
    SHA1_QUAD sha1m, v14, v9, v10, v11, v8, 1
    SHA1_QUAD sha1m, v14, v10, v11, v8, v9, 1
    SHA1_QUAD sha1p, v15, v11, v8, v9, v10, 1     /* rounds 60..79 */
    SHA1_QUAD sha1p, v15, v8, v9, v10, v11, 0
    SHA1_QUAD sha1p, v15, v9, v10, v11, v8, 0
    SHA1_QUAD sha1p, v15, v10, v11, v8, v9, 0
    SHA1_QUAD sha1p, v15, v11, v8, v9, v10, 0
    add v0.4s, v0.4s, v2.4s
    add v1.2s, v1.2s, v3.2s
    /* a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d */
    CHECK_Q 5, v0, 0x4706816aa9993e36, 0x7850c26cba3e2571
    fmov w4, s1
    CHECK 7, x4, 0x9cd0d89d

    /* SHA1H writes only the low 32 bits */
    movi v6.16b, #0xff
    sha1h s6, s0
    mov x4, v6.d[1]
    CHECK 8, x4, 0

    /* ---- AES-128, FIPS-197 appendix C.1 ---- */
    adr x1, aes_round_keys
    adr x2, aes_plain
    ldr q0, [x2]
    .irp r, 0,1,2,3,4,5,6,7,8
    ldr q1, [x1, #(\r * 16)]
    aese v0.16b, v1.16b
    aesmc v0.16b, v0.16b
    .endr
    ldr q1, [x1, #(9 * 16)]
    aese v0.16b, v1.16b
    ldr q1, [x1, #(10 * 16)]
    eor v0.16b, v0.16b, v1.16b
    /* 69c4e0d8 6a7b0430 d8cdb780 70b4c55a (bytes in memory order) */
    CHECK_Q 9, v0, 0x30047b6ad8e0c469, 0x5ac5b47080b7cdd8
    /* the equivalent inverse cipher: AESD with InvMixColumns'd keys */
    ldr q1, [x1, #(10 * 16)]
    aesd v0.16b, v1.16b
    aesimc v0.16b, v0.16b
    .irp r, 9,8,7,6,5,4,3,2
    ldr q1, [x1, #(\r * 16)]
    aesimc v1.16b, v1.16b
    aesd v0.16b, v1.16b
    aesimc v0.16b, v0.16b
    .endr
    ldr q1, [x1, #16]
    aesimc v1.16b, v1.16b
    aesd v0.16b, v1.16b
    ldr q1, [x1]
    eor v0.16b, v0.16b, v1.16b
    CHECK_Q 11, v0, 0x7766554433221100, 0xffeeddccbbaa9988
    /* AESMC then AESIMC is the identity; Rd may equal Rn */
    ldr q2, [x2]
    aesmc v3.16b, v2.16b
    aesimc v3.16b, v3.16b
    CHECK_Q 13, v3, 0x7766554433221100, 0xffeeddccbbaa9988

    /* ---- PMULL / PMULL2 Vd.1Q ---- */
    ldr x3, =0x0123456789abcdef
    ldr x4, =0x8000000000000001
    mov v20.d[0], x3
    mov v20.d[1], x4
    ldr x3, =0xfedcba9876543210
    ldr x4, =0xdeadbeefcafef00d
    mov v21.d[0], x3
    mov v21.d[1], x4
    pmull v22.1q, v20.1d, v21.1d
    CHECK_Q 15, v22, 0x40a0789828c810f0, 0x00e038d8688850b0
    pmull2 v23.1q, v20.2d, v21.2d
    CHECK_Q 17, v23, 0x5eadbeefcafef00d, 0x6f56df77e57f7806
    pmull2 v20.1q, v20.2d, v20.2d       /* Rd = Rn = Rm: x^2 spreads the bits */
    CHECK_Q 19, v20, 0x0000000000000001, 0x4000000000000000


    /* ---- Single instructions, sources often Rd itself: v0..v3 from
     * kat_in, v4 0xee..; the expected values are qemu-aarch64's ---- */
    KAT_LOAD
    sha256h q0, q0, v0.4s
    CHECK_Q 21, v0, 0x15047d0cb501fea7, 0xf975b2f2812280c8
    KAT_LOAD
    sha256h2 q1, q1, v1.4s
    CHECK_Q 23, v1, 0x671b307ef19e86b1, 0x8fe1fae1da1a839e
    KAT_LOAD
    sha256h q2, q3, v2.4s
    CHECK_Q 25, v2, 0x70a2a411b5a2b6cd, 0x6a8a6260f6f90f4e
    KAT_LOAD
    sha256h2 q3, q2, v3.4s
    CHECK_Q 27, v3, 0x4b50c534b1f2c96a, 0xbbf39ab6bac9ba29
    KAT_LOAD
    sha256h q0, q1, v2.4s
    CHECK_Q 29, v0, 0x81944f530c84f250, 0xb5bd05aebe2eb815
    KAT_LOAD
    sha256h2 q1, q0, v2.4s
    CHECK_Q 31, v1, 0xaf41fd8314b061b8, 0x91557adc3ecb4de1
    KAT_LOAD
    sha256su0 v0.4s, v0.4s
    CHECK_Q 33, v0, 0x23c5791aa92bbc5d, 0x3c3a86e476d443a1
    KAT_LOAD
    sha256su0 v0.4s, v1.4s
    CHECK_Q 35, v0, 0x23c5791aa92bbc5d, 0x2e0f272576d443a1
    KAT_LOAD
    sha256su1 v0.4s, v1.4s, v0.4s
    CHECK_Q 37, v0, 0xcc451e030416c220, 0xb57b1774f670000f
    KAT_LOAD
    sha256su1 v2.4s, v2.4s, v2.4s
    CHECK_Q 39, v2, 0xb7321da72984eadf, 0x452183efc9fcf974
    KAT_LOAD
    sha256su1 v0.4s, v1.4s, v2.4s
    CHECK_Q 41, v0, 0xa9fc886e68d27727, 0x8f556800b28866c4
    KAT_LOAD
    sha1c q0, s0, v0.4s
    CHECK_Q 43, v0, 0x33033db8e1f93632, 0xd1eb85193b07e010
    KAT_LOAD
    sha1p q0, s1, v1.4s
    CHECK_Q 45, v0, 0x149b18bb64b8784b, 0x28ce7426e03853e5
    KAT_LOAD
    sha1m q0, s1, v0.4s
    CHECK_Q 47, v0, 0xe78eb10f51dca848, 0x09e0f8132c3136b7
    KAT_LOAD
    sha1c q3, s2, v1.4s
    CHECK_Q 49, v3, 0x59fc83dce697e751, 0x8254a7866032ef52
    KAT_LOAD
    sha1su0 v0.4s, v0.4s, v1.4s
    CHECK_Q 51, v0, 0x24ecacba0df5dda3, 0x39393939fefefefe
    KAT_LOAD
    sha1su0 v1.4s, v2.4s, v1.4s
    CHECK_Q 53, v1, 0xc6c6c6c601010101, 0x6a09e667bb67ae85
    KAT_LOAD
    sha1su1 v0.4s, v0.4s
    CHECK_Q 55, v0, 0xeeeeeeee11111111, 0xdf9b571311111111
    KAT_LOAD
    sha1su1 v2.4s, v3.4s
    CHECK_Q 57, v2, 0xeb147f9876cf5d0a, 0x95435cf0fd5e7047
    KAT_LOAD
    sha1h s0, s0
    CHECK_Q 59, v0, 0x00000000e26af37b, 0x0000000000000000
    KAT_LOAD
    sha1h s4, s3
    CHECK_Q 61, v4, 0x0000000040000000, 0x0000000000000000
    KAT_LOAD
    aese v0.16b, v0.16b
    CHECK_Q 63, v0, 0x6363636363636363, 0x6363636363636363
    KAT_LOAD
    aesd v0.16b, v0.16b
    CHECK_Q 65, v0, 0x5252525252525252, 0x5252525252525252
    KAT_LOAD
    aese v0.16b, v1.16b
    CHECK_Q 67, v0, 0x21a2c39307fc476d, 0xf504df5857321082
    KAT_LOAD
    aesd v2.16b, v3.16b
    CHECK_Q 69, v2, 0xc0e6be0abb27d14f, 0xfe4042050a0af5ac
    KAT_LOAD
    aesmc v0.16b, v0.16b
    CHECK_Q 71, v0, 0xcd67892345ef01ab, 0x329876dcba10fe54
    KAT_LOAD
    aesimc v4.16b, v1.16b
    CHECK_Q 73, v4, 0x9eafb15e0278c539, 0xc6c6c6c601010101
    KAT_LOAD
    aese v1.16b, v2.16b
    aesmc v1.16b, v1.16b
    CHECK_Q 75, v1, 0xa5fe901effc9d80c, 0xd86df1461c4f598a
    KAT_LOAD
    aesd v3.16b, v0.16b
    aesimc v3.16b, v3.16b
    CHECK_Q 77, v3, 0xb3f8d199c47759ed, 0x093b1d42cde3f56a
    KAT_LOAD
    pmull v0.1q, v0.1d, v1.1d
    CHECK_Q 79, v0, 0xbf6156f0cf3ec3f4, 0x00c129509e7052ba
    KAT_LOAD
    pmull2 v1.1q, v1.2d, v2.2d
    CHECK_Q 81, v1, 0xae1c9a712580cf3a, 0x11b417599c2e4414
    KAT_LOAD
    pmull2 v3.1q, v3.2d, v3.2d
    CHECK_Q 83, v3, 0x0155400551414445, 0x1145540050510141

    TEST_PASS
    TEST_FAIL_HANDLER

    .balign 16
sha256_init:
    .word 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a
    .word 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
sha1_init:
    .word 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0
    /* "abc" padded to one 64-byte block, as big-endian words */
abc_block:
    .word 0x61626380, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x18
sha256_k:
    .word 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5
    .word 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174
    .word 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da
    .word 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967
    .word 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85
    .word 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070
    .word 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3
    .word 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
kat_in:
    .quad 0x0123456789abcdef, 0xfedcba9876543210
    .quad 0xdb135345f20a225c, 0xc6c6c6c601010101
    .quad 0x6a09e667bb67ae85, 0x3c6ef372a54ff53a
    .quad 0x8000000000000001, 0x5be0cd191f83d9ab
aes_plain:
    .byte 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
aes_round_keys:     /* the FIPS-197 A.1 expansion of the key 00 01 .. 0f */
    .byte 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f
    .byte 0xd6, 0xaa, 0x74, 0xfd, 0xd2, 0xaf, 0x72, 0xfa, 0xda, 0xa6, 0x78, 0xf1, 0xd6, 0xab, 0x76, 0xfe
    .byte 0xb6, 0x92, 0xcf, 0x0b, 0x64, 0x3d, 0xbd, 0xf1, 0xbe, 0x9b, 0xc5, 0x00, 0x68, 0x30, 0xb3, 0xfe
    .byte 0xb6, 0xff, 0x74, 0x4e, 0xd2, 0xc2, 0xc9, 0xbf, 0x6c, 0x59, 0x0c, 0xbf, 0x04, 0x69, 0xbf, 0x41
    .byte 0x47, 0xf7, 0xf7, 0xbc, 0x95, 0x35, 0x3e, 0x03, 0xf9, 0x6c, 0x32, 0xbc, 0xfd, 0x05, 0x8d, 0xfd
    .byte 0x3c, 0xaa, 0xa3, 0xe8, 0xa9, 0x9f, 0x9d, 0xeb, 0x50, 0xf3, 0xaf, 0x57, 0xad, 0xf6, 0x22, 0xaa
    .byte 0x5e, 0x39, 0x0f, 0x7d, 0xf7, 0xa6, 0x92, 0x96, 0xa7, 0x55, 0x3d, 0xc1, 0x0a, 0xa3, 0x1f, 0x6b
    .byte 0x14, 0xf9, 0x70, 0x1a, 0xe3, 0x5f, 0xe2, 0x8c, 0x44, 0x0a, 0xdf, 0x4d, 0x4e, 0xa9, 0xc0, 0x26
    .byte 0x47, 0x43, 0x87, 0x35, 0xa4, 0x1c, 0x65, 0xb9, 0xe0, 0x16, 0xba, 0xf4, 0xae, 0xbf, 0x7a, 0xd2
    .byte 0x54, 0x99, 0x32, 0xd1, 0xf0, 0x85, 0x57, 0x68, 0x10, 0x93, 0xed, 0x9c, 0xbe, 0x2c, 0x97, 0x4e
    .byte 0x13, 0x11, 0x1d, 0x7f, 0xe3, 0x94, 0x4a, 0x17, 0xf3, 0x07, 0xa7, 0x8b, 0x4d, 0x2b, 0x30, 0xc5
