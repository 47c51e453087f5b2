#ifndef SEATPLAN_CQRENCODE_SHIM_H
#define SEATPLAN_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
