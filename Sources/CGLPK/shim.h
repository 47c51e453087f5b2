#ifndef SEATPLAN_CGLPK_SHIM_H
#define SEATPLAN_CGLPK_SHIM_H
#include <glpk.h>
#endif
