#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for the workflow's e2e test (test/e2e/slurm.test.ts).
#   slurm-cluster.sh start DIR   generate DIR/slurm.conf, start munged, slurmctld and slurmd; wait for the node
#   slurm-cluster.sh stop DIR    cancel what is left and stop the three daemons
# Every file (key, sockets, state, logs) lives in DIR, so nothing of the host's own setup is touched.
# Settings for a container: no cgroups (proctrack/linuxproc, task/none), daemons as root, no accounting;
# ReturnToService=2 puts the node back in service when slurmd registers again after a restart.
set -euo pipefail
action="$1"
dir="$(cd "$2" && pwd)"
conf="$dir/slurm.conf"

# A daemon's parent is init; in a container that may never reap it, so a zombie counts as gone.
gone() { ! kill -0 "$1" 2>/dev/null || [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" = Z ]; }

stop_pid() { # pid file: stop the process and wait until it is gone
  [ -f "$1" ] || return 0
  local pid; pid="$(cat "$1")"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do gone "$pid" && return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

case "$action" in
start)
  host="$(hostname -s)"
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
  chmod 700 "$dir/munge"
  mungekey --create --keyfile="$dir/munge/munge.key"
  munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed"
  # Ports apart from Slurm's defaults, so a cluster the host may run is not disturbed.
  cat > "$conf" <<CONF
ClusterName=satzpaar-test
SlurmctldHost=$host
SlurmctldPort=${SLURMCTLD_PORT:-16817}
SlurmdPort=${SLURMD_PORT:-16818}
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$(nproc) RealMemory=$(( $(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) * 3 / 4 )) State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=30 State=UP
CONF
  slurmctld -f "$conf"
  slurmd -f "$conf"
  for _ in $(seq 100); do
    if SLURM_CONF="$conf" sinfo -h -o %t 2>/dev/null | grep -qx 'idle'; then exit 0; fi
    sleep 0.2
  done
  echo "slurm-cluster: the node did not become idle within 20 s; see $dir/log" >&2
  SLURM_CONF="$conf" sinfo >&2 || true
  exit 1
  ;;
stop)
  if [ -f "$conf" ]; then SLURM_CONF="$conf" scancel --user="$(id -un)" 2>/dev/null || true; fi
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munge/munged.pid"
  ;;
*)
  echo "usage: slurm-cluster.sh start|stop DIR" >&2
  exit 2
  ;;
esac
