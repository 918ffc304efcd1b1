import { loadShard } from "./files";

loadShard(1);
